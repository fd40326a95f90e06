import { createOrganizationOp, listOrganizationsOp } from "@/app/api/_lib/operations/named-trees";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(listOrganizationsOp);
export const POST = serve(createOrganizationOp);
