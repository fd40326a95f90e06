import { notificationSettingsOp, setNotificationSettingsOp } from "@/app/api/_lib/operations/notifications";
import { serve } from "@/app/api/_lib/serve";

export const GET = serve(notificationSettingsOp);
export const PUT = serve(setNotificationSettingsOp);
