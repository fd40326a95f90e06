import { getDb } from "@/db";
import { unreadCount } from "@/lib/inbox/queries";

/** The inbox's unread count beside its link in the navigation; nothing when all is read. */
export async function InboxUnread({ userId }: { userId: string }) {
  const unread = await unreadCount(await getDb(), userId);
  if (unread === 0) return null;
  return (
    <span className="ml-1.5 rounded-full bg-blue-600 px-1.5 py-0.5 text-xs font-semibold text-white">
      {unread > 99 ? "99+" : unread}
      <span className="sr-only"> unread</span>
    </span>
  );
}
