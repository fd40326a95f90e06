import type { PlaceMention } from "./mentions";
import type { Party } from "./parties";
import type { Candidate, KnownRegion } from "./types";

// Where a commitment lands: the places a sentence names, weighed by the region tree (lib/intake/extract.ts
// reads them; docs/intake.md, "Region", states the rules).

const REGION_DEPTH: Record<KnownRegion["kind"], number> = { country: 1, province: 2, city: 3, other: 3, zone: 4 };

/** How deep a region sits in the tree (a country 0, its provinces 1, …), or by its kind when its parents are unknown. */
export function depthOf(region: KnownRegion, bySlug: Map<string, KnownRegion>): number {
  let depth = 0;
  for (let r = region; r.parent && bySlug.has(r.parent) && depth < 10; r = bySlug.get(r.parent)!) depth++;
  return Math.max(depth, REGION_DEPTH[region.kind] - 1);
}

/** The most specific known place named (the deepest in the region tree; the later one on a tie), else the first other place. */
export function pickPlace(places: PlaceMention[], bySlug: Map<string, KnownRegion>): PlaceMention | null {
  const known = places.filter((p) => p.known);
  if (known.length) {
    return known.reduce((best, p) => (depthOf(p.known!, bySlug) >= depthOf(best.known!, bySlug) ? p : best));
  }
  return places[0] ?? null;
}

/** A place named as where a meeting was held ("met … in Munich", "在兰州会见"), not where a commitment is. */
export function isVenue(text: string, place: PlaceMention): boolean {
  const around = text.slice(Math.max(0, place.start - 40), Math.min(text.length, place.end + 12));
  return (
    (/在[^，,。]{0,4}$/.test(text.slice(Math.max(0, place.start - 4), place.start)) &&
      /^[^，,。]{0,6}(会见|会谈|举行|召开)/.test(text.slice(place.end, place.end + 8))) ||
    /(?:met|meeting|talks|visit(?:ed)?|call(?:ed)? on)[^.]{0,40}$/i.test(
      around.slice(0, place.start - Math.max(0, place.start - 40)),
    )
  );
}

/** A government's own territory: where its support and services apply when the sentence names no place. */
export function ownPlace(maker: Party | null, places: Map<string, KnownRegion>): PlaceMention | null {
  const region = maker?.government && maker.known ? places.get(maker.known.slug) : undefined;
  return region ? { known: region, text: region.name, start: -1, end: -1 } : null;
}

const IN_THE_LEVEL = /\b(?:in|across|throughout|to|for) the (state|province|country|nation)\b(?!-)/i;

/** "Jobs in the state": the state (or country) the place in view lies in, rather than the place itself. */
export function levelPlace(
  sentence: string,
  context: PlaceMention | null,
  bySlug: Map<string, KnownRegion>,
): PlaceMention | null {
  const level = IN_THE_LEVEL.exec(sentence)?.[1]?.toLowerCase();
  if (!level || !context?.known) return context;
  const kind = level === "state" || level === "province" ? "province" : "country";
  for (let r: KnownRegion | undefined = context.known; r; r = r.parent ? bySlug.get(r.parent) : undefined) {
    if (r.kind === kind) return { known: r, text: r.name, start: -1, end: -1 };
  }
  return context;
}

/** Whether region `inner` lies within region `outer` (by the region tree's parents). */
export function within(inner: KnownRegion, outer: KnownRegion, bySlug: Map<string, KnownRegion>): boolean {
  for (
    let r: KnownRegion | undefined = inner, steps = 0;
    r && steps < 10;
    r = r.parent ? bySlug.get(r.parent) : undefined, steps++
  ) {
    if (r.slug === outer.slug) return true;
  }
  return false;
}

/**
 * The most specific place named for a maker's project: a commitment placed in a county, a state or a country
 * whose maker's other commitments place it in one town there ("expanding in Stanly County … bring a project
 * to Albemarle", "a gigafactory in Portugal … the factory in Sines") is in that town. Several towns leave the
 * broader place. A state or a country is narrowed only for a company's own word on its one investment: a
 * maker with several amounts has several projects, a government's support covers its territory as a whole,
 * and what a government asks of a company ("bring more suppliers to Liaoning") is for the whole of it.
 */
export function refineRegions(
  candidates: Candidate[],
  bySlug: Map<string, KnownRegion>,
  byGovernment: (candidate: Candidate) => boolean,
): void {
  const key = (c: Candidate) => c.maker?.slug ?? c.makerText?.toLowerCase() ?? "";
  for (const c of candidates) {
    const broad = c.region && bySlug.get(c.region.slug);
    if (!broad || !key(c)) continue;
    const wide = depthOf(broad, bySlug) < 2;
    if (wide && (c.kind === "request" || !singleInvestment(candidates, key(c), byGovernment))) continue;
    const inside = new Map<string, KnownRegion>();
    for (const o of candidates) {
      const r = o.region && bySlug.get(o.region.slug);
      // What someone asks of the maker or what it is interested in says nothing of where its plant is.
      if (wide && o.kind !== "pledge") continue;
      if (r && key(o) === key(c) && r.slug !== broad.slug && within(r, broad, bySlug)) inside.set(r.slug, r);
    }
    const leaves = [...inside.values()].filter(
      (r) => ![...inside.values()].some((o) => o !== r && within(o, r, bySlug)),
    );
    if (leaves.length === 1) c.region = { slug: leaves[0]!.slug, name: leaves[0]!.name };
  }
}

/** Whether a company's candidates state exactly one amount between them: one investment, so one project. */
function singleInvestment(
  candidates: Candidate[],
  maker: string,
  byGovernment: (candidate: Candidate) => boolean,
): boolean {
  const own = candidates.filter((o) => (o.maker?.slug ?? o.makerText?.toLowerCase() ?? "") === maker);
  if (own.some(byGovernment)) return false;
  return new Set(own.flatMap((o) => (o.amount === null ? [] : [`${o.amount} ${o.currency}`]))).size === 1;
}
