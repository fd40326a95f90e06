import { markInboxReadOp } from "@/app/api/_lib/operations/inbox";
import { serve } from "@/app/api/_lib/serve";

export const POST = serve(markInboxReadOp);
