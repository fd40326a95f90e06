import { openApiOp } from "@/app/api/_lib/operations/meta";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(openApiOp);
