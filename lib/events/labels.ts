import type { EventKind } from "@/db/schema-events";

/** How each kind of event is named to people: in feeds, the inbox and emails. */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  commitment_added: "New commitment",
  evidence_added: "New evidence",
  status_changed: "Status changed",
  restated: "Announced again",
  due_in_90_days: "Due within 90 days",
  due_in_30_days: "Due within 30 days",
  overdue: "Overdue",
  stale: "Stale",
  link_broken: "Link not answering",
};
