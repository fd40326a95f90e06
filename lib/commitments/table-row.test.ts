import { describe, expect, it } from "vitest";
import type { CommitmentJson } from "./serialize";
import { toTableRow } from "./table-row";

const commitment: CommitmentJson = {
  id: 7,
  title: "Expand production in Shenyang",
  summary: "A long summary the table does not show.",
  maker: { slug: "bmw-group", name: "BMW Group" },
  counterpart: null,
  kind: "pledge",
  sector: "automotive",
  region: { slug: "shenyang", name: "Shenyang" },
  announcedOn: "2023-10-12",
  targetOn: null,
  amount: 1000,
  currency: "EUR",
  jobs: null,
  status: "announced",
  progress: 0,
  version: 3,
  overdue: false,
  stale: true,
  evidenceCount: 2,
  latestEvidenceOn: "2024-01-05",
  source: {
    url: "https://example.org/a",
    title: "A statement",
    publisher: null,
    publishedOn: "2023-10-14",
    eventOn: null,
    language: "en",
    location: null,
  },
  createdAt: "2023-10-20T08:00:00.000Z",
  updatedAt: "2024-01-05T10:00:00.000Z",
};

describe("toTableRow", () => {
  it("keeps what the table shows and leaves out the summary, source, version and slugs", () => {
    const row = toTableRow(commitment);
    expect(row).toMatchObject({ id: 7, title: commitment.title, maker: { name: "BMW Group" }, stale: true });
    expect(row.region).toEqual({ name: "Shenyang" });
    expect(row.counterpart).toBeNull();
    for (const left of ["summary", "source", "version", "createdAt"]) expect(row).not.toHaveProperty(left);
    expect(toTableRow({ ...commitment, counterpart: { slug: "siemens", name: "Siemens" } }).counterpart).toEqual({
      name: "Siemens",
    });
  });
});
