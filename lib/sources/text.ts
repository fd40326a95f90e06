import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import { commitments, mentions, sources } from "@/db/schema";
import { type SourceJson, toSourceJson } from "./queries";

/** Hex SHA-256 of a text's UTF-8 bytes (CONTRACT.md: `textSha256`). */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export type QuotedMention = {
  id: number;
  commitment: { id: number; title: string };
  start: number;
  end: number;
  quote: string;
  restatement: boolean;
};

/** A source with its stored text, whether that text still matches its hash, and the quotes taken from it. */
export type SourceWithTextJson = SourceJson & {
  text: string | null;
  textSha256: string | null;
  /** Null when no text is stored; false when the stored text no longer matches its hash. */
  textMatchesHash: boolean | null;
  mentions: QuotedMention[];
};

export async function getSourceWithText(db: Database, id: number): Promise<SourceWithTextJson | null> {
  const [row] = await db.select().from(sources).where(eq(sources.id, id));
  if (!row) return null;
  const quoted = await db
    .select({
      id: mentions.id,
      commitmentId: commitments.id,
      commitmentTitle: commitments.title,
      start: mentions.start,
      end: mentions.end,
      quote: mentions.quote,
      restatement: mentions.restatement,
    })
    .from(mentions)
    .innerJoin(commitments, eq(mentions.commitmentId, commitments.id))
    .where(and(eq(mentions.sourceId, id), isNotNull(mentions.quote)))
    .orderBy(asc(mentions.start), asc(mentions.id));
  return {
    ...toSourceJson(row),
    text: row.text,
    textSha256: row.textSha256,
    textMatchesHash: row.text === null ? null : sha256Hex(row.text) === row.textSha256,
    mentions: quoted.map((m) => ({
      id: m.id,
      commitment: { id: m.commitmentId, title: m.commitmentTitle },
      start: m.start!,
      end: m.end!,
      quote: m.quote!,
      restatement: m.restatement,
    })),
  };
}
