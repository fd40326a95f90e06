import { archiveEvidenceOp } from "@/app/api/_lib/operations/evidence";
import { serve } from "@/app/api/_lib/serve";

export const POST = serve(archiveEvidenceOp);
