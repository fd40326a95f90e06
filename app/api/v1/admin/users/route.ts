import { createUserOp, listUsersOp } from "@/app/api/_lib/operations/admin";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(listUsersOp);
export const POST = serve(createUserOp);
