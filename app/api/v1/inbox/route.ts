import { inboxOp } from "@/app/api/_lib/operations/inbox";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(inboxOp);
