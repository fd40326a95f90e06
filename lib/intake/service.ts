import "server-only";
import type { Database } from "@/db/client";
import { todayIso } from "@/lib/dates";
import { extractCommitments } from "./extract";
import { loadReference } from "./queries";
import { findAllRestated } from "./restatements";
import { type ExtractInput, MAX_STATEMENT_BYTES } from "./schemas";
import { DomainError } from "@/lib/errors";
import type { ExtractResult } from "./types";

/** Where "$" means another dollar: the country of the statement's address, when its domain says. */
export function countryOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  const tld = new URL(url).hostname.split(".").pop()?.toUpperCase() ?? "";
  return /^[A-Z]{2}$/.test(tld) ? tld : null;
}

/** POST /api/v1/intake/extract: the candidates of a statement, each with the commitments it may restate. */
export async function extractFromStatement(db: Database, input: ExtractInput): Promise<ExtractResult> {
  if (Buffer.byteLength(input.text, "utf8") > MAX_STATEMENT_BYTES) {
    throw new DomainError("too_large", `The statement is longer than ${MAX_STATEMENT_BYTES / 1024 / 1024} MB of text.`);
  }
  const reference = await loadReference(db);
  const { language, candidates } = extractCommitments(input.text, reference, {
    language: input.language,
    publishedOn: input.publishedOn ?? todayIso(),
    publisherCountry: countryOfUrl(input.sourceUrl?.url),
  });
  const restates = await findAllRestated(db, candidates);
  return { language, candidates: candidates.map((c, i) => ({ ...c, restates: restates[i]! })) };
}
