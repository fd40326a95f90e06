import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { mentions, sources } from "@/db/schema";
import type { CommitmentKind } from "@/lib/vocabulary";
import { type QuoteInContext, paragraphAround } from "./paragraph";

/** A statement of a commitment (CONTRACT.md, "Statement intake": the commitment read's `mentions`). */
export type MentionJson = {
  id: number;
  source: { id: number; url: string; title: string; publishedOn: string };
  quote: string | null;
  start: number | null;
  end: number | null;
  restatement: boolean;
  /** What a restatement stated differently: amount, targetOn, jobs. */
  changed: string[];
  /** What this statement said of the commitment. */
  kind: CommitmentKind | null;
  amount: number | null;
  currency: string | null;
  jobs: number | null;
  targetOn: string | null;
  createdAt: string;
};

const toMentionJson = (m: typeof mentions.$inferSelect, source: MentionJson["source"]): MentionJson => ({
  id: m.id,
  source,
  quote: m.quote,
  start: m.start,
  end: m.end,
  restatement: m.restatement,
  changed: m.changed,
  kind: m.kind,
  amount: m.amount === null ? null : Number(m.amount),
  currency: m.currency,
  jobs: m.jobs,
  targetOn: m.targetOn,
  createdAt: m.createdAt.toISOString(),
});

/** The statements of each commitment, oldest first (the original, then its restatements), by commitment id. */
export async function listMentionsOf(db: Database, commitmentIds: number[]): Promise<Map<number, MentionJson[]>> {
  const rows = await db
    .select({
      mention: mentions,
      source: { id: sources.id, url: sources.url, title: sources.title, publishedOn: sources.publishedOn },
    })
    .from(mentions)
    .innerJoin(sources, eq(mentions.sourceId, sources.id))
    .where(inArray(mentions.commitmentId, commitmentIds))
    .orderBy(asc(sources.publishedOn), asc(mentions.id));
  const byCommitment = new Map<number, MentionJson[]>();
  for (const { mention, source } of rows) {
    const list = byCommitment.get(mention.commitmentId) ?? [];
    list.push(toMentionJson(mention, source));
    byCommitment.set(mention.commitmentId, list);
  }
  return byCommitment;
}

/** Each quoted mention of a commitment in its paragraph of the stored text, by mention id. */
export async function quotesInContext(db: Database, commitmentId: number): Promise<Map<number, QuoteInContext>> {
  const rows = await db
    .select({ id: mentions.id, start: mentions.start, end: mentions.end, text: sources.text })
    .from(mentions)
    .innerJoin(sources, eq(mentions.sourceId, sources.id))
    .where(and(eq(mentions.commitmentId, commitmentId), isNotNull(mentions.quote), isNotNull(sources.text)));
  return new Map(rows.map((r) => [r.id, paragraphAround(r.text!, r.start!, r.end!)]));
}
