import { createCommitmentOp, listCommitmentsOp } from "@/app/api/_lib/operations/commitments";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(listCommitmentsOp);
export const POST = serve(createCommitmentOp);
