import { createSourceOp, listSourcesOp } from "@/app/api/_lib/operations/sources";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(listSourcesOp);
export const POST = serve(createSourceOp);
