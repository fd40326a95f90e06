import { describe, expect, it } from "vitest";
import { draftReducer, emptyDraft, isIntakeDraft, itemFromSelection, titleFromQuote } from "./draft";
import { acceptBody, countDecisions, errorsFromApi } from "./draft-save";
import type { Candidate, Restated } from "./types";

const statement = "BMW will expand in Shenyang. Siemens will support digitalization.  Acme will build a plant.";
const candidate = (quote: string, extra: Partial<Candidate & { restates: Restated[] }> = {}) => {
  const start = statement.indexOf(quote);
  return {
    quote,
    start,
    end: start + quote.length,
    kind: "pledge" as const,
    maker: { slug: "bmw-group", name: "BMW Group" },
    makerText: null,
    counterpart: null,
    counterpartText: null,
    region: { slug: "shenyang", name: "Shenyang" },
    regionText: null,
    sector: null,
    amount: 2_300_000_000,
    currency: "EUR",
    jobs: null,
    targetOn: "2026",
    restates: [],
    ...extra,
  };
};

function extracted() {
  const draft = { ...emptyDraft("2025-01-02"), text: statement };
  return draftReducer(draft, {
    type: "extracted",
    language: "en",
    candidates: [
      candidate("BMW will expand in Shenyang.", { restates: [{ id: 7, title: "Expand", announcedOn: "2023-10-14" }] }),
      candidate("Siemens will support digitalization.", {
        maker: null,
        makerText: "Siemens AG",
        amount: null,
        currency: null,
      }),
    ],
  });
}

describe("titleFromQuote", () => {
  it("puts the quote on one line without its full stop", () => {
    expect(titleFromQuote("BMW will expand\n production in Shenyang.")).toBe("BMW will expand production in Shenyang");
    expect(titleFromQuote("宝马将扩大在沈阳的生产。")).toBe("宝马将扩大在沈阳的生产");
  });
  it("cuts a long quote at a word", () => {
    const title = titleFromQuote(`${"word ".repeat(60)}end.`, 50);
    expect(title.endsWith("…")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(51);
    expect(title).not.toMatch(/wor…$/);
  });
});

describe("draftReducer", () => {
  it("turns candidates into pending items, and takes the detected language", () => {
    const draft = extracted();
    expect(draft.source.language).toBe("en");
    expect(draft.items!.map((i) => [i.decision, i.title, i.amount])).toEqual([
      ["pending", "BMW will expand in Shenyang", "2300000000"],
      ["pending", "Siemens will support digitalization", ""],
    ]);
    expect(draftReducer(draft, { type: "text", text: "changed" }).text).toBe(statement);
  });

  it("accepts, rejects, accepts as a restatement, and moves within bounds", () => {
    let draft = extracted();
    const [bmw, siemens] = draft.items!;
    draft = draftReducer(draft, { type: "decide", key: bmw!.key, decision: "accepted", restates: 7 });
    draft = draftReducer(draft, { type: "decide", key: siemens!.key, decision: "rejected" });
    expect(draft.items!.map((i) => [i.decision, i.restates])).toEqual([
      ["accepted", 7],
      ["rejected", null],
    ]);
    expect(countDecisions(draft.items!)).toEqual({ pending: 0, accepted: 1, rejected: 1 });
    draft = draftReducer(draft, { type: "move", by: 5 });
    expect(draft.active).toBe(1);
    draft = draftReducer(draft, { type: "move", by: -9 });
    expect(draft.active).toBe(0);
  });

  it("adds a selection, trimmed, in text order, and focuses it", () => {
    const draft = extracted();
    const start = statement.indexOf("  Acme");
    const item = itemFromSelection(statement, start, statement.length)!;
    expect(item).toMatchObject({ quote: "Acme will build a plant.", added: true, decision: "accepted", maker: null });
    const added = draftReducer(draft, { type: "add", item });
    expect(added.items!.at(-1)!.key).toBe(item.key);
    expect(added.active).toBe(2);
    expect(itemFromSelection(statement, 28, 29)).toBeNull();
  });

  it("recognises a stored draft and refuses anything else", () => {
    expect(isIntakeDraft(JSON.parse(JSON.stringify(extracted())))).toBe(true);
    expect(isIntakeDraft({ version: 2 })).toBe(false);
    expect(isIntakeDraft("text")).toBe(false);
  });
});

describe("acceptBody", () => {
  it("names what must be fixed before saving: source fields, unknown names, bad numbers", () => {
    let draft = extracted();
    const [, siemens] = draft.items!;
    draft = draftReducer(draft, { type: "decide", key: siemens!.key, decision: "accepted" });
    draft = draftReducer(draft, { type: "update", key: siemens!.key, patch: { jobs: "12.5" } });
    const result = acceptBody(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.source).toEqual({ url: expect.any(String), title: "is required" });
    expect(result.errors.items[siemens!.key]).toEqual({
      maker: "“Siemens AG” is not known yet: choose it or create it",
      jobs: "must be a whole number",
    });
  });

  it("sends only the accepted items, a restatement without its own title, maker or region", () => {
    let draft = extracted();
    const [bmw] = draft.items!;
    draft = draftReducer(draft, { type: "decide", key: bmw!.key, decision: "accepted", restates: 7 });
    draft = draftReducer(draft, { type: "source", field: "url", value: " https://example.org/a " });
    draft = draftReducer(draft, { type: "source", field: "title", value: "Meeting" });
    const result = acceptBody(draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.keys).toEqual([bmw!.key]);
    expect(result.body).toMatchObject({
      source: {
        url: "https://example.org/a",
        title: "Meeting",
        publishedOn: "2025-01-02",
        language: "en",
        text: statement,
      },
      accept: [
        { start: 0, quote: "BMW will expand in Shenyang.", title: undefined, restates: 7, amount: 2_300_000_000 },
      ],
    });
  });
});

describe("errorsFromApi", () => {
  it("gives each API field error to the item or source field it names", () => {
    expect(
      errorsFromApi({ "source.url": "bad", "accept.1.maker": "unknown", "accept.0": "twice" }, ["a", "b"]),
    ).toEqual({
      source: { url: "bad" },
      items: { b: { maker: "unknown" }, a: { item: "twice" } },
    });
  });
});
