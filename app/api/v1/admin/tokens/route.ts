import { createTokenOp, listTokensOp } from "@/app/api/_lib/operations/admin";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(listTokensOp);
export const POST = serve(createTokenOp);
