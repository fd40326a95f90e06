import { exportJsonOp } from "@/app/api/_lib/operations/exports";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(exportJsonOp);
