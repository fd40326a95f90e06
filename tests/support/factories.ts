import type { Database } from "../../db/client";
import {
  type NewCommitment,
  type NewEvidence,
  type NewOrganization,
  type NewRegion,
  type NewSource,
  commitments,
  evidence,
  organizations,
  regions,
  sources,
  statusChanges,
} from "../../db/schema";
import { slugify } from "../../db/slug";

let sequence = 0;
const next = () => ++sequence;

export async function createOrganization(db: Database, overrides: Partial<NewOrganization> = {}) {
  const name = overrides.name ?? `Organization ${next()}`;
  const [row] = await db
    .insert(organizations)
    .values({ kind: "company", slug: slugify(name), ...overrides, name })
    .returning();
  return row!;
}

export async function createRegion(db: Database, overrides: Partial<NewRegion> = {}) {
  const name = overrides.name ?? `Region ${next()}`;
  const [row] = await db
    .insert(regions)
    .values({ kind: "city", slug: slugify(name), ...overrides, name })
    .returning();
  return row!;
}

export async function createSource(db: Database, overrides: Partial<NewSource> = {}) {
  const n = next();
  const [row] = await db
    .insert(sources)
    .values({
      url: `https://example.org/statement-${n}`,
      title: `Statement ${n}`,
      publishedOn: "2024-01-15",
      ...overrides,
    })
    .returning();
  return row!;
}

/** A commitment with its initial status entry; makes a maker and a region when none are given. */
export async function createCommitment(db: Database, overrides: Partial<NewCommitment> = {}) {
  const makerId = overrides.makerId ?? (await createOrganization(db)).id;
  const regionId = overrides.regionId ?? (await createRegion(db)).id;
  const [row] = await db
    .insert(commitments)
    .values({
      title: `Commitment ${next()}`,
      kind: "pledge",
      announcedOn: "2024-01-15",
      ...overrides,
      makerId,
      regionId,
    })
    .returning();
  await db.insert(statusChanges).values({
    commitmentId: row!.id,
    toStatus: row!.status,
    progress: row!.progress,
    reason: "Recorded",
  });
  return row!;
}

export async function createEvidence(db: Database, commitmentId: number, overrides: Partial<NewEvidence> = {}) {
  const n = next();
  const url = overrides.url ?? `https://news.example.com/item-${n}`;
  const [row] = await db
    .insert(evidence)
    .values({
      title: `News item ${n}`,
      publishedOn: "2024-06-01",
      stance: "supports",
      urlNormalized: url,
      ...overrides,
      url,
      commitmentId,
    })
    .returning();
  return row!;
}
