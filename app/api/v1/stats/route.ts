import { statsOp } from "@/app/api/_lib/operations/analytics";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(statsOp);
