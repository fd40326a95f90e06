import type { CommitmentKind } from "@/lib/vocabulary";
import type { CandidateJson, Language, Named, Restated } from "./types";

// The intake screen's work in progress, kept as plain data so that it survives a reload (localStorage) and
// can be tested without a browser. Numbers are kept as the analyst typed them until the draft is saved.

export type Decision = "pending" | "accepted" | "rejected";

export type DraftItem = {
  /** Stable while the draft lives: the quote's offsets. */
  key: string;
  start: number;
  end: number;
  quote: string;
  /** Marked by the analyst in the text rather than found by extraction. */
  added: boolean;
  decision: Decision;
  /** The existing commitment this is accepted as a restatement of. */
  restates: number | null;
  suggestions: Restated[];
  title: string;
  summary: string;
  kind: CommitmentKind;
  maker: Named | null;
  makerText: string | null;
  counterpart: Named | null;
  counterpartText: string | null;
  region: Named | null;
  regionText: string | null;
  sector: string;
  amount: string;
  currency: string;
  jobs: string;
  targetOn: string;
};

export type DraftSource = {
  url: string;
  title: string;
  publisher: string;
  publishedOn: string;
  /** Empty: let intake detect it. */
  language: Language | "";
};

export type IntakeDraft = {
  version: 1;
  text: string;
  source: DraftSource;
  /** Null until "Find commitments"; the text is read-only while there are items (their offsets point into it). */
  items: DraftItem[] | null;
  /** The index of the candidate the keyboard acts on. */
  active: number;
};

export const emptyDraft = (today: string): IntakeDraft => ({
  version: 1,
  text: "",
  source: { url: "", title: "", publisher: "", publishedOn: today, language: "" },
  items: null,
  active: 0,
});

/** A title to start from: the quote on one line, without its full stop, cut at a word near `max` characters. */
export function titleFromQuote(quote: string, max = 160): string {
  const line = quote
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.。;；]$/u, "");
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

const itemKey = (start: number, end: number) => `${start}-${end}`;
const text = (value: string | number | null) => (value === null ? "" : String(value));

export function itemFromCandidate(candidate: CandidateJson): DraftItem {
  return {
    key: itemKey(candidate.start, candidate.end),
    start: candidate.start,
    end: candidate.end,
    quote: candidate.quote,
    added: false,
    decision: "pending",
    restates: null,
    suggestions: candidate.restates,
    title: titleFromQuote(candidate.quote),
    summary: "",
    kind: candidate.kind,
    maker: candidate.maker,
    makerText: candidate.makerText,
    counterpart: candidate.counterpart,
    counterpartText: candidate.counterpartText,
    region: candidate.region,
    regionText: candidate.regionText,
    sector: text(candidate.sector),
    amount: text(candidate.amount),
    currency: text(candidate.currency),
    jobs: text(candidate.jobs),
    targetOn: text(candidate.targetOn),
  };
}

/** A commitment the extraction missed, marked in the text by the analyst: accepted, its fields to fill in. */
export function itemFromSelection(statement: string, start: number, end: number): DraftItem | null {
  const raw = statement.slice(start, end);
  const from = start + (raw.length - raw.trimStart().length);
  const to = end - (raw.length - raw.trimEnd().length);
  if (to <= from) return null;
  const quote = statement.slice(from, to);
  return {
    ...itemFromCandidate({
      quote,
      start: from,
      end: to,
      kind: "pledge",
      maker: null,
      makerText: null,
      counterpart: null,
      counterpartText: null,
      region: null,
      regionText: null,
      sector: null,
      amount: null,
      currency: null,
      jobs: null,
      targetOn: null,
      restates: [],
    }),
    added: true,
    decision: "accepted",
  };
}

export type DraftAction =
  | { type: "replace"; draft: IntakeDraft }
  | { type: "text"; text: string }
  | { type: "source"; field: keyof DraftSource; value: string }
  | { type: "extracted"; language: Language; candidates: CandidateJson[] }
  | { type: "edit-text" }
  | { type: "decide"; key: string; decision: Decision; restates?: number | null }
  | { type: "update"; key: string; patch: Partial<DraftItem> }
  | { type: "add"; item: DraftItem }
  | { type: "move"; by: number }
  | { type: "focus"; key: string };

const mapItem = (draft: IntakeDraft, key: string, change: (item: DraftItem) => DraftItem): IntakeDraft =>
  draft.items ? { ...draft, items: draft.items.map((item) => (item.key === key ? change(item) : item)) } : draft;

export function draftReducer(draft: IntakeDraft, action: DraftAction): IntakeDraft {
  switch (action.type) {
    case "replace":
      return action.draft;
    case "text":
      return draft.items ? draft : { ...draft, text: action.text };
    case "source":
      return { ...draft, source: { ...draft.source, [action.field]: action.value } };
    case "extracted":
      return {
        ...draft,
        source: { ...draft.source, language: action.language },
        items: action.candidates.map(itemFromCandidate),
        active: 0,
      };
    case "edit-text":
      return { ...draft, items: null, active: 0 };
    case "decide":
      return mapItem(draft, action.key, (item) => ({
        ...item,
        decision: action.decision,
        restates: action.decision === "accepted" ? (action.restates ?? null) : null,
      }));
    case "update":
      return mapItem(draft, action.key, (item) => ({ ...item, ...action.patch }));
    case "add": {
      if (!draft.items || draft.items.some((item) => item.key === action.item.key)) return draft;
      const items = [...draft.items, action.item].sort((a, b) => a.start - b.start || a.end - b.end);
      return { ...draft, items, active: items.indexOf(action.item) };
    }
    case "move": {
      const count = draft.items?.length ?? 0;
      if (count === 0) return draft;
      return { ...draft, active: Math.min(count - 1, Math.max(0, draft.active + action.by)) };
    }
    case "focus": {
      const index = draft.items?.findIndex((item) => item.key === action.key) ?? -1;
      return index === -1 ? draft : { ...draft, active: index };
    }
  }
}

/** Whether a value read back from storage is a draft this version can continue. */
export function isIntakeDraft(value: unknown): value is IntakeDraft {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Partial<IntakeDraft>;
  return (
    draft.version === 1 &&
    typeof draft.text === "string" &&
    typeof draft.source === "object" &&
    draft.source !== null &&
    (draft.items === null || Array.isArray(draft.items)) &&
    typeof draft.active === "number"
  );
}
