import { revokeTokenOp } from "@/app/api/_lib/operations/admin";
import { serve } from "@/app/api/_lib/serve";

export const DELETE = serve(revokeTokenOp);
