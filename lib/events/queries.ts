import "server-only";
import { eq } from "drizzle-orm";
import { type EventKind, commitments, events } from "@/db/schema";

/** An event as people read it (feeds, inboxes, emails): what happened, when, to which commitment. */
export type EventItem = {
  id: number;
  kind: EventKind;
  at: Date;
  summary: string;
  commitment: { id: number; title: string };
};

/** The columns of an event as people read it; select them from `events` joined `onItsCommitment`. */
export const eventColumns = {
  id: events.id,
  kind: events.kind,
  at: events.at,
  summary: events.summary,
  commitmentId: commitments.id,
  title: commitments.title,
};

/** The inner join of an event to its commitment, which leaves out a deleted commitment's events. */
export const onItsCommitment = eq(commitments.id, events.commitmentId);

/** A row with eventColumns as an EventItem (any other columns kept beside). */
export function toEventItem<R extends { commitmentId: number; title: string }>(row: R) {
  const { commitmentId, title, ...rest } = row;
  return { ...rest, commitment: { id: commitmentId, title } };
}
