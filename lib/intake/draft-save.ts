import type { Named } from "./types";
import type { Decision, DraftItem, IntakeDraft } from "./draft";

// Turning the intake screen's draft into the body of POST /api/v1/intake/accept, and the API's answer back
// into errors on the fields the analyst can see.

export type DraftCounts = Record<Decision, number>;

export function countDecisions(items: DraftItem[]): DraftCounts {
  const counts: DraftCounts = { pending: 0, accepted: 0, rejected: 0 };
  for (const item of items) counts[item.decision] += 1;
  return counts;
}

/** Field errors for the analyst, by item key and field (and for the source, by field). */
export type DraftErrors = { source: Record<string, string>; items: Record<string, Record<string, string>> };

const blank = (value: string) => (value.trim() === "" ? null : value.trim());

function parseNumber(value: string, field: string, errors: Record<string, string>, whole: boolean): number | null {
  const raw = blank(value.replace(/[,\s_]/g, ""));
  if (raw === null) return null;
  const number = Number(raw);
  if (!Number.isFinite(number) || (whole && !Number.isInteger(number))) {
    errors[field] = whole ? "must be a whole number" : "must be a number";
    return null;
  }
  return number;
}

/** The body of POST /api/v1/intake/accept for the accepted items, or what must be fixed first. */
export function acceptBody(
  draft: IntakeDraft,
): { ok: true; body: unknown; keys: string[] } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = { source: {}, items: {} };
  const accepted = (draft.items ?? []).filter((item) => item.decision === "accepted");
  const accept = accepted.map((item) => {
    const fields: Record<string, string> = {};
    const restating = item.restates !== null;
    const pick = (named: Named | null, written: string | null, field: string, required: boolean) => {
      if (named) return named.slug;
      if (required && !restating)
        fields[field] = written ? `“${written}” is not known yet: choose it or create it` : "is required";
      return undefined;
    };
    const body = {
      start: item.start,
      end: item.end,
      quote: item.quote,
      title: restating ? undefined : (blank(item.title) ?? undefined),
      summary: blank(item.summary),
      kind: item.kind,
      maker: pick(item.maker, item.makerText, "maker", true),
      counterpart: pick(item.counterpart, null, "counterpart", false) ?? null,
      region: pick(item.region, item.regionText, "region", true),
      sector: blank(item.sector),
      amount: parseNumber(item.amount, "amount", fields, false),
      currency: blank(item.currency),
      jobs: parseNumber(item.jobs, "jobs", fields, true),
      targetOn: blank(item.targetOn),
      restates: item.restates,
    };
    if (!restating && !body.title) fields.title = "is required";
    if (Object.keys(fields).length > 0) errors.items[item.key] = fields;
    return body;
  });
  const { source } = draft;
  if (!blank(source.url)) errors.source.url = "is required: the statement's address";
  if (!blank(source.title)) errors.source.title = "is required";
  if (!blank(source.publishedOn)) errors.source.publishedOn = "is required";
  if (Object.keys(errors.source).length > 0 || Object.keys(errors.items).length > 0) return { ok: false, errors };
  return {
    ok: true,
    keys: accepted.map((item) => item.key),
    body: {
      source: {
        url: source.url.trim(),
        title: source.title.trim(),
        publisher: blank(source.publisher),
        publishedOn: source.publishedOn,
        language: source.language || undefined,
        text: draft.text,
      },
      accept,
    },
  };
}

/** The API's field errors ("source.url", "accept.2.maker") given back to the source and the items they name. */
export function errorsFromApi(fields: Record<string, string>, keys: string[]): DraftErrors {
  const errors: DraftErrors = { source: {}, items: {} };
  for (const [path, message] of Object.entries(fields)) {
    const [head, index, ...rest] = path.split(".");
    if (head === "source" && index) errors.source[index] = message;
    else if (head === "accept" && index !== undefined && keys[Number(index)]) {
      const key = keys[Number(index)]!;
      (errors.items[key] ??= {})[rest.join(".") || "item"] = message;
    }
  }
  return errors;
}
