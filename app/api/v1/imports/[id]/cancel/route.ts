import { cancelImportOp } from "@/app/api/_lib/operations/imports";
import { serve } from "@/app/api/_lib/serve";

export const POST = serve(cancelImportOp);
