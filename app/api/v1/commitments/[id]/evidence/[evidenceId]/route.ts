import { editEvidenceOp } from "@/app/api/_lib/operations/evidence";
import { serve } from "@/app/api/_lib/serve";

export const PATCH = serve(editEvidenceOp);
