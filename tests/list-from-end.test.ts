import { beforeEach, describe, expect, it } from "vitest";
import { type CommitmentListParams, DEFAULT_LIST_PARAMS, SORT_KEYS } from "../lib/commitments/list-spec";
import { listCommitments } from "../lib/commitments/queries";
import { setupTestDatabase } from "./support/database";
import { createCommitment, createOrganization, createRegion } from "./support/factories";

// Pages in the second half of a list are read backwards from its end (lib/commitments/page-window.ts). Every
// page of every sort, in both directions, must hold the same rows in the same order as when read forward:
// ties, empty values and names shared between rows are where a reversed order would slip.

const t = setupTestDatabase();
const TODAY = "2026-11-30";
const PER_PAGE = 4;
const COUNT = 23;

// The database is emptied before each test.
beforeEach(async () => {
  const makers = [
    await createOrganization(t.db, { name: "Alpha Motors" }),
    await createOrganization(t.db, { name: "alpha motors GmbH" }),
    await createOrganization(t.db, { name: "Zeta Cells" }),
  ];
  const regions = [await createRegion(t.db, { name: "Shenyang" }), await createRegion(t.db, { name: "Dalian" })];
  for (let i = 0; i < COUNT; i++) {
    await createCommitment(t.db, {
      title: ["Expand the plant", "expand the plant", "Build a battery line", "Train workers"][i % 4]!,
      makerId: makers[i % 3]!.id,
      counterpartId: i % 4 === 0 ? null : makers[(i + 1) % 3]!.id,
      regionId: regions[i % 2]!.id,
      kind: i % 5 === 0 ? "intent" : "pledge",
      sector: i % 3 === 0 ? null : ["Automotive", "automotive", "Energy"][i % 3],
      announcedOn: `2024-0${(i % 3) + 1}-15`,
      targetOn: i % 2 === 0 ? null : `2030-0${(i % 4) + 1}-01`,
      amount: i % 3 === 1 ? null : String(1_000_000 * (i % 4)),
      currency: i % 3 === 1 ? null : "EUR",
      jobs: i % 4 === 2 ? null : 100 * (i % 3),
      status: i % 6 === 0 ? "in_progress" : "announced",
      progress: i % 6 === 0 ? 30 : 0,
      latestEvidenceOn: i % 5 === 0 ? null : `2025-0${(i % 2) + 1}-10`,
    });
  }
});

const ids = (page: Awaited<ReturnType<typeof listCommitments>>) => page.data.map((c) => c.id);

describe("a page read from the end of the list", () => {
  it("holds the rows a forward read gives, for every sort in both directions and every page", async () => {
    const lastPage = Math.ceil(COUNT / PER_PAGE);
    for (const key of SORT_KEYS) {
      for (const desc of [false, true]) {
        const seen: number[] = [];
        for (let page = 1; page <= lastPage + 1; page++) {
          const params: CommitmentListParams = { ...DEFAULT_LIST_PARAMS, sort: { key, desc }, page, perPage: PER_PAGE };
          const forward = await listCommitments(t.db, params, { today: TODAY, readFromNearerEndAfter: Infinity });
          const nearer = await listCommitments(t.db, params, { today: TODAY, readFromNearerEndAfter: 0 });
          expect(ids(nearer), `sorted by ${desc ? "-" : ""}${key}, page ${page}`).toEqual(ids(forward));
          expect(nearer.total).toBe(COUNT);
          seen.push(...ids(nearer));
        }
        expect(new Set(seen).size, `sorted by ${desc ? "-" : ""}${key}: every row once`).toBe(COUNT);
      }
    }
  });

  it("reads a filtered view's last page from its end too", async () => {
    const params: CommitmentListParams = { ...DEFAULT_LIST_PARAMS, status: ["announced"], page: 3, perPage: 7 };
    const forward = await listCommitments(t.db, params, { today: TODAY, readFromNearerEndAfter: Infinity });
    const nearer = await listCommitments(t.db, params, { today: TODAY, readFromNearerEndAfter: 0 });
    expect(forward.data.length).toBeGreaterThan(0);
    expect(ids(nearer)).toEqual(ids(forward));
  });
});
