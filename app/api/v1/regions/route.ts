import { createRegionOp, listRegionsOp } from "@/app/api/_lib/operations/named-trees";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(listRegionsOp);
export const POST = serve(createRegionOp);
