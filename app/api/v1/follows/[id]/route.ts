import { unfollowOp } from "@/app/api/_lib/operations/follows";
import { serve } from "@/app/api/_lib/serve";

export const DELETE = serve(unfollowOp);
