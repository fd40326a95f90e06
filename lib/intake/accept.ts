import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, organizations, regions, sources } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { type CommitmentDetailJson, getCommitmentDetails } from "@/lib/commitments/detail";
import { type PreparedCommitment, insertCommitments } from "@/lib/commitments/mutations";
import { type CreateCommitmentInput, commitmentRuleErrors } from "@/lib/commitments/schemas";
import { resolveOneId } from "@/lib/named-tree-write";
import { DomainError, invalid } from "@/lib/errors";
import { restatementChanges, targetDeadline } from "@/lib/mentions/changes";
import { addMention } from "@/lib/mentions/mutations";
import { type SourceWithTextJson, getSourceWithText, sha256Hex } from "@/lib/sources/text";
import { type AcceptInput, type AcceptedItem, MAX_STATEMENT_BYTES } from "./schemas";

// POST /api/v1/intake/accept (CONTRACT.md): the source with its full text, and for each accepted item a new
// commitment quoting its words, or a mention of the existing commitment it restates. All or nothing.

type SourceBody = AcceptInput["source"];

/** Problems with the items' offsets, named by item ("accept.2.end"), before anything is written. */
function offsetErrors(text: string, items: AcceptedItem[]): Record<string, string> {
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const at = `accept.${i}`;
    if (item.end > text.length) fields[`${at}.end`] = `is past the end of the text (${text.length} characters)`;
    else if (item.start >= item.end) fields[`${at}.start`] = "must be before end";
    else if (item.quote !== undefined && text.slice(item.start, item.end) !== item.quote)
      fields[`${at}.quote`] = "does not match the text at start…end";
    else if (seen.has(`${item.start}-${item.end}`)) fields[at] = "is accepted twice";
    seen.add(`${item.start}-${item.end}`);
  });
  return fields;
}

/** Names an item's field errors by the item ("maker" → "accept.3.maker"). */
function forItem(error: unknown, index: number): unknown {
  if (!(error instanceof DomainError) || !error.fields) return error;
  const fields = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [`accept.${index}.${k}`, v]));
  return new DomainError(error.code, `Item ${index + 1}: ${error.message}`, fields, error.details);
}

/**
 * The source at this address with this text: created with it, given it if it had none, reused if it has
 * the same. A different text at the same address is refused: a quoted text never changes, and a corrected
 * text is a new source (with an address of its own).
 */
async function storeSource(db: Database, body: SourceBody, actor: AuditActor): Promise<number> {
  const [existing] = await db.select().from(sources).where(eq(sources.url, body.url.url));
  const textSha256 = sha256Hex(body.text);
  if (!existing) {
    const values = {
      url: body.url.url,
      title: body.title,
      publisher: body.publisher,
      publishedOn: body.publishedOn,
      language: body.language ?? "en",
      text: body.text,
      textSha256,
    };
    const [created] = await db.insert(sources).values(values).returning({ id: sources.id });
    const { text: _text, ...logged } = values;
    await recordAudit(db, { actor, action: "create", entityType: "source", entityId: created!.id, after: logged });
    return created!.id;
  }
  if (existing.textSha256 === textSha256) return existing.id;
  if (existing.text !== null) {
    throw new DomainError(
      "conflict",
      `The source at this address (“${existing.title}”) already holds a different text. A quoted text never changes: ` +
        "save a corrected text as a new source, with its own address.",
      { "source.text": "differs from the text already stored for this address" },
      { existing: { id: existing.id, title: existing.title } },
    );
  }
  await db
    .update(sources)
    .set({ text: body.text, textSha256, version: existing.version + 1 })
    .where(eq(sources.id, existing.id));
  await recordAudit(db, {
    actor,
    action: "update",
    entityType: "source",
    entityId: existing.id,
    before: { textSha256: null },
    after: { textSha256 },
  });
  return existing.id;
}

const statedOf = (item: AcceptedItem) => ({
  kind: item.kind,
  amount: item.amount === null ? null : String(item.amount),
  currency: item.currency,
  jobs: item.jobs,
  targetOn: item.targetOn,
});

type Resolve = (entity: "organization" | "region", ref: string, field: string) => Promise<number>;

/** Resolves names to ids once per save: thirty items by the same maker in the same region ask twice. */
function nameResolver(db: Database): Resolve {
  const memo = new Map<string, Promise<number>>();
  return (entity, ref, field) => {
    const key = `${field}\u0000${ref}`;
    let id = memo.get(key);
    if (!id) {
      id = resolveOneId(db, entity === "organization" ? organizations : regions, ref, { field, noun: entity });
      // Awaited by the item that asked; a later item with the same name gets the same answer or error.
      id.catch(() => undefined);
      memo.set(key, id);
    }
    return id;
  };
}

/** A new commitment from an accepted item, checked and with its names resolved, not yet inserted. */
async function prepareItem(
  resolve: Resolve,
  body: SourceBody,
  sourceId: number,
  text: string,
  item: AcceptedItem,
  today: string,
): Promise<PreparedCommitment> {
  const input: CreateCommitmentInput = {
    // The schema requires these three when the item is not a restatement.
    title: item.title!,
    summary: item.summary,
    maker: item.maker!,
    counterpart: item.counterpart,
    kind: item.kind,
    sector: item.sector,
    region: item.region!,
    announcedOn: body.publishedOn,
    targetOn: item.targetOn ? targetDeadline(item.targetOn) : null,
    amount: item.amount,
    currency: item.currency,
    jobs: item.jobs,
    source: {
      url: body.url,
      title: body.title,
      publisher: body.publisher,
      publishedOn: body.publishedOn,
      eventOn: null,
      language: body.language ?? "en",
    },
    sourceLocation: null,
  };
  const ruleErrors = commitmentRuleErrors(input, today);
  if (Object.keys(ruleErrors).length > 0) throw invalid("Some fields are invalid.", ruleErrors);
  const [makerId, counterpartId, regionId] = await Promise.all([
    resolve("organization", input.maker, "maker"),
    input.counterpart ? resolve("organization", input.counterpart, "counterpart") : null,
    resolve("region", input.region, "region"),
  ]);
  return {
    input,
    makerId,
    counterpartId,
    regionId,
    sourceId,
    words: { start: item.start, end: item.end, quote: text.slice(item.start, item.end), ...statedOf(item) },
  };
}

async function restate(
  db: Database,
  sourceId: number,
  text: string,
  item: AcceptedItem,
  actor: AuditActor,
): Promise<number> {
  const id = item.restates!;
  const [current] = await db.select().from(commitments).where(eq(commitments.id, id)).for("update");
  if (!current)
    throw invalid(`There is no commitment ${id} to restate.`, { restates: `no commitment has the id ${id}` });
  const changes = restatementChanges(
    {
      amount: current.amount === null ? null : Number(current.amount),
      currency: current.currency,
      jobs: current.jobs,
      targetOn: current.targetOn,
    },
    { amount: item.amount, currency: item.currency, jobs: item.jobs, targetOn: item.targetOn },
  );
  const quote = text.slice(item.start, item.end);
  const mentionId = await addMention(db, {
    commitmentId: id,
    sourceId,
    start: item.start,
    end: item.end,
    quote,
    ...statedOf(item),
    restatement: true,
    changed: changes.map((c) => c.field),
    createdBy: actor.label,
  });
  await recordAudit(db, {
    actor,
    action: "restatement",
    entityType: "commitment",
    entityId: id,
    after: { mention: mentionId, source: sourceId, quote, changes },
  });
  return id;
}

export async function acceptCandidates(
  db: Database,
  input: AcceptInput,
  actor: AuditActor,
  today: string,
): Promise<{ source: SourceWithTextJson; commitments: CommitmentDetailJson[] }> {
  const { text } = input.source;
  if (Buffer.byteLength(text, "utf8") > MAX_STATEMENT_BYTES) {
    throw new DomainError("too_large", `The statement is longer than ${MAX_STATEMENT_BYTES / 1024 / 1024} MB of text.`);
  }
  const offsets = offsetErrors(text, input.accept);
  if (Object.keys(offsets).length > 0) throw invalid("Some accepted items do not fit the text.", offsets);
  return db.transaction(async (tx) => {
    const sourceId = await storeSource(tx, input.source, actor);
    const resolve = nameResolver(tx);
    // Each item, in order: the id of the commitment it restates, or its place among the new ones.
    const slots: ({ restated: number } | { created: number })[] = [];
    const prepared: PreparedCommitment[] = [];
    for (const [i, item] of input.accept.entries()) {
      try {
        if (item.restates) slots.push({ restated: await restate(tx, sourceId, text, item, actor) });
        else {
          prepared.push(await prepareItem(resolve, input.source, sourceId, text, item, today));
          slots.push({ created: prepared.length - 1 });
        }
      } catch (error) {
        throw forItem(error, i);
      }
    }
    const created = await insertCommitments(tx, prepared, actor, today);
    const ids = slots.map((slot) => ("restated" in slot ? slot.restated : created[slot.created]!.id));
    const details = await getCommitmentDetails(tx, [...new Set(ids)], { today });
    return { source: (await getSourceWithText(tx, sourceId))!, commitments: details };
  });
}
