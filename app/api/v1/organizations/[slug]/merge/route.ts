import { mergeOrganizationOp } from "@/app/api/_lib/operations/named-trees";
import { serve } from "@/app/api/_lib/serve";

export const POST = serve(mergeOrganizationOp);
