import { getSourceOp, updateSourceOp } from "@/app/api/_lib/operations/sources";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(getSourceOp);
export const PATCH = serve(updateSourceOp);
