import { acceptOp } from "@/app/api/_lib/operations/intake";
import { serve } from "@/app/api/_lib/serve";

export const POST = serve(acceptOp);
