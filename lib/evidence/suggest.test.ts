import { describe, expect, it } from "vitest";
import { type EvidenceForSuggestion, suggestStatus } from "./suggest";

let id = 0;
const item = (
  stance: EvidenceForSuggestion["stance"],
  publishedOn: string,
  retracted = false,
): EvidenceForSuggestion => ({
  id: ++id,
  title: `${stance} ${publishedOn}`,
  publishedOn,
  stance,
  retracted,
});

describe("suggestStatus", () => {
  it("suggests nothing without evidence, or with context only", () => {
    expect(suggestStatus("announced", [])).toBeNull();
    expect(suggestStatus("announced", [item("context", "2024-01-01")])).toBeNull();
  });

  it("suggests stalled when a contradicting item is newer than every supporting one", () => {
    const newer = item("contradicts", "2025-03-01");
    const suggestion = suggestStatus("in_progress", [
      item("supports", "2024-06-01"),
      newer,
      item("context", "2025-09-01"),
    ]);
    expect(suggestion).toMatchObject({ status: "stalled", evidenceId: newer.id });
    expect(suggestion!.reason).toContain("2025-03-01");
  });

  it("suggests stalled on a contradicting item when nothing supports the commitment", () => {
    expect(suggestStatus("announced", [item("contradicts", "2024-02-02")])?.status).toBe("stalled");
  });

  it("suggests in progress for an announced or stalled commitment when the newest evidence supports it", () => {
    const support = item("supports", "2025-05-01");
    expect(suggestStatus("announced", [support])).toMatchObject({ status: "in_progress", evidenceId: support.id });
    expect(suggestStatus("stalled", [item("contradicts", "2024-01-01"), support])?.status).toBe("in_progress");
  });

  it("does not suggest what the commitment already is, or anything for a closed one", () => {
    expect(suggestStatus("stalled", [item("contradicts", "2025-01-01")])).toBeNull();
    expect(suggestStatus("in_progress", [item("supports", "2025-01-01")])).toBeNull();
    expect(suggestStatus("partially_achieved", [item("supports", "2025-01-01")])).toBeNull();
    expect(suggestStatus("achieved", [item("contradicts", "2025-01-01")])).toBeNull();
    expect(suggestStatus("abandoned", [item("supports", "2025-01-01")])).toBeNull();
  });

  it("ignores retracted evidence", () => {
    expect(
      suggestStatus("in_progress", [item("supports", "2024-01-01"), item("contradicts", "2025-01-01", true)]),
    ).toBeNull();
  });

  it("suggests nothing when the newest supporting and contradicting items are of the same day", () => {
    expect(
      suggestStatus("in_progress", [item("supports", "2025-01-01"), item("contradicts", "2025-01-01")]),
    ).toBeNull();
  });
});
