import { count } from "drizzle-orm";
import type { Database } from "../client";
import {
  appSettings,
  commitments,
  currencyRates,
  mentions,
  organizations,
  regions,
  sources,
  statusChanges,
} from "../schema";
import { slugify } from "../slug";
import {
  demoAnnouncedOn,
  demoCommitments,
  demoOrganizations,
  demoRates,
  demoRatesAsOf,
  demoRegions,
  demoReportingCurrency,
  demoSource,
} from "./demo-data";
import { DEMO_ACTOR, seedDemoFollowUp } from "./follow-up";

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [orgs] = await db.select({ n: count() }).from(organizations);
  const [regs] = await db.select({ n: count() }).from(regions);
  const [items] = await db.select({ n: count() }).from(commitments);
  return (orgs?.n ?? 0) + (regs?.n ?? 0) + (items?.n ?? 0) === 0;
}

function idOf(ids: Map<string, number>, name: string): number {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`Demo data refers to unknown name "${name}"`);
  return id;
}

/**
 * Loads the demo statement, its organizations, regions and commitments, then what became of them (evidence and
 * status changes), in one transaction. Everything is dated by the data, never by the clock, so two loads give
 * the same rows.
 */
export async function seedDemoData(db: Database): Promise<{ commitments: number }> {
  return db.transaction(async (tx) => {
    const orgIds = new Map<string, number>();
    for (const org of demoOrganizations) {
      const [row] = await tx
        .insert(organizations)
        .values({
          name: org.name,
          slug: slugify(org.name),
          kind: org.kind,
          country: org.country,
          aliases: org.aliases,
          parentId: org.parent ? idOf(orgIds, org.parent) : null,
        })
        .returning({ id: organizations.id });
      orgIds.set(org.name, row!.id);
    }

    const regionIds = new Map<string, number>();
    for (const region of demoRegions) {
      const [row] = await tx
        .insert(regions)
        .values({
          name: region.name,
          slug: slugify(region.name),
          kind: region.kind,
          aliases: region.aliases,
          parentId: region.parent ? idOf(regionIds, region.parent) : null,
        })
        .returning({ id: regions.id });
      regionIds.set(region.name, row!.id);
    }

    const [source] = await tx.insert(sources).values(demoSource).returning({ id: sources.id });
    // The statuses below are as of the statement, so they take effect on its publication date.
    const recordedAt = new Date(`${demoSource.publishedOn}T00:00:00Z`);

    const commitmentIds = new Map<string, number>();
    for (const item of demoCommitments) {
      const [row] = await tx
        .insert(commitments)
        .values({
          title: item.title,
          summary: item.summary,
          makerId: idOf(orgIds, item.maker),
          counterpartId: item.counterpart ? idOf(orgIds, item.counterpart) : null,
          kind: item.kind,
          sector: item.sector,
          regionId: idOf(regionIds, item.region),
          announcedOn: demoAnnouncedOn,
          status: item.status,
          progress: item.progress,
          sourceId: source!.id,
          sourceLocation: item.sourceLocation,
        })
        .returning({ id: commitments.id });
      commitmentIds.set(item.title, row!.id);
      await tx.insert(mentions).values({ commitmentId: row!.id, sourceId: source!.id, createdBy: DEMO_ACTOR });
      await tx.insert(statusChanges).values({
        commitmentId: row!.id,
        fromStatus: null,
        toStatus: item.status,
        progress: item.progress,
        reason: item.statusReason,
        changedAt: recordedAt,
        changedBy: DEMO_ACTOR,
      });
    }
    await seedDemoFollowUp(tx, commitmentIds);
    await tx
      .insert(appSettings)
      .values({ key: "reporting_currency", value: demoReportingCurrency })
      .onConflictDoNothing();
    await tx
      .insert(currencyRates)
      .values(demoRates.map((r) => ({ currency: r.currency, rate: String(r.rate), asOf: demoRatesAsOf })))
      .onConflictDoNothing();
    return { commitments: demoCommitments.length };
  });
}
