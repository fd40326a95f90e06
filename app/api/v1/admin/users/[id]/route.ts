import { changeRoleOp } from "@/app/api/_lib/operations/admin";
import { serve } from "@/app/api/_lib/serve";

export const PATCH = serve(changeRoleOp);
