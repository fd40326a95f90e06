import { followOp, listFollowsOp } from "@/app/api/_lib/operations/follows";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(listFollowsOp);
export const POST = serve(followOp);
