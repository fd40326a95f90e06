import { deleteCommitmentOp, getCommitmentOp, updateCommitmentOp } from "@/app/api/_lib/operations/commitments";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(getCommitmentOp);
export const PATCH = serve(updateCommitmentOp);
export const DELETE = serve(deleteCommitmentOp);
