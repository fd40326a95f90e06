import { restoreCommitmentOp } from "@/app/api/_lib/operations/commitments";
import { serve } from "@/app/api/_lib/serve";

export const POST = serve(restoreCommitmentOp);
