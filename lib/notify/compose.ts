import type { EmailMode } from "@/db/schema";
import type { EventItem } from "@/lib/events/queries";
import { EVENT_KIND_LABELS } from "@/lib/events/labels";

export type MailEvent = EventItem;

export type ComposedMail = { subject: string; text: string; html: string };

export type MailInput = {
  name: string;
  mode: Exclude<EmailMode, "off">;
  events: MailEvent[];
  /** The app's address for links ("https://tracker.example.org"). */
  appUrl: string;
  unsubscribeUrl: string;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The events grouped by commitment: the commitment with the latest event first, each one's events in order. */
export function groupByCommitment(events: MailEvent[]): { commitment: MailEvent["commitment"]; events: MailEvent[] }[] {
  const groups = new Map<number, { commitment: MailEvent["commitment"]; events: MailEvent[] }>();
  for (const event of [...events].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id)) {
    const group = groups.get(event.commitment.id) ?? { commitment: event.commitment, events: [] };
    group.events.push(event);
    groups.set(event.commitment.id, group);
  }
  const latest = (g: { events: MailEvent[] }) => g.events.at(-1)!.at.getTime();
  return [...groups.values()].sort((a, b) => latest(b) - latest(a));
}

function subjectOf({ mode, events }: MailInput): string {
  if (events.length === 1) return `${EVENT_KIND_LABELS[events[0]!.kind]}: ${events[0]!.commitment.title}`;
  const period = mode === "daily" ? " today" : mode === "weekly" ? " this week" : "";
  return `${events.length} new in what you follow${period}`;
}

/** An email (plain text and HTML) telling a person what happened to what they follow. */
export function composeMail(input: MailInput): ComposedMail {
  const groups = groupByCommitment(input.events);
  const link = (id: number) => `${input.appUrl}/commitments/${id}`;
  const day = (at: Date) => at.toISOString().slice(0, 10);
  const text = [
    `Hello ${input.name},`,
    "",
    "What happened to what you follow:",
    "",
    ...groups.flatMap((g) => [
      g.commitment.title,
      link(g.commitment.id),
      ...g.events.map((e) => `  - ${day(e.at)} ${EVENT_KIND_LABELS[e.kind]}: ${e.summary}`),
      "",
    ]),
    `Your inbox: ${input.appUrl}/inbox`,
    `Stop these emails: ${input.unsubscribeUrl}`,
    "",
  ].join("\n");
  const html = [
    `<p>Hello ${escapeHtml(input.name)},</p>`,
    "<p>What happened to what you follow:</p>",
    ...groups.map(
      (g) =>
        `<h3><a href="${escapeHtml(link(g.commitment.id))}">${escapeHtml(g.commitment.title)}</a></h3><ul>${g.events
          .map((e) => `<li>${day(e.at)} <strong>${EVENT_KIND_LABELS[e.kind]}</strong>: ${escapeHtml(e.summary)}</li>`)
          .join("")}</ul>`,
    ),
    `<p><a href="${escapeHtml(`${input.appUrl}/inbox`)}">Your inbox</a> · <a href="${escapeHtml(input.unsubscribeUrl)}">Stop these emails</a></p>`,
  ].join("\n");
  return { subject: subjectOf(input), text, html };
}
