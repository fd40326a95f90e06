import { foldForMatching } from "./names";
import type { KnownOrganization, KnownRegion } from "./types";

// A statement names a government by its place: "Liaoning will support…", "the state of Michigan", "辽宁将…".
// A tracker records the government as "Liaoning Provincial Government" and the place as a region, so the
// place's names are given to the government whose name is that place and a word for government.

const EN_GOVERNMENT_WORDS =
  /^(?:the\s+)?(?:government of|state of|commonwealth of|province of|city of|county of|people's government of)\s+|\s+(?:provincial|municipal|city|county|district|state|regional|prefectural|people's)?\s*(?:people's\s+)?government$/i;
const ZH_GOVERNMENT_WORDS = /(?:人民政府|政府)$/u;

/** The place a government's name is made of ("Liaoning Provincial Government" → "liaoning"), or null. */
function placeCore(name: string): string | null {
  const trimmed = name.trim();
  const stripped = trimmed.replace(EN_GOVERNMENT_WORDS, "").replace(ZH_GOVERNMENT_WORDS, "").trim();
  return stripped && stripped !== trimmed ? foldForMatching(stripped) : null;
}

/** The region each government's name is made of, by the government's slug. */
export function governmentRegions(
  organizations: readonly KnownOrganization[],
  regions: readonly KnownRegion[],
): Map<string, KnownRegion> {
  const regionByName = new Map<string, KnownRegion>();
  for (const region of regions) {
    for (const name of [region.name, ...region.aliases]) {
      const key = foldForMatching(name.trim());
      if (!regionByName.has(key)) regionByName.set(key, region);
    }
  }
  const out = new Map<string, KnownRegion>();
  for (const org of organizations) {
    if (org.kind !== "government") continue;
    for (const name of [org.name, ...org.aliases]) {
      const core = placeCore(name);
      const region = core === null ? undefined : regionByName.get(core);
      if (region) {
        out.set(org.slug, region);
        break;
      }
    }
  }
  return out;
}

/**
 * The organizations, each government given the names of the region its name is made of as aliases (a
 * government that already lists them is unchanged).
 */
export function withPlaceNames(
  organizations: readonly KnownOrganization[],
  places: ReadonlyMap<string, KnownRegion>,
): KnownOrganization[] {
  return organizations.map((org) => {
    const region = places.get(org.slug);
    if (!region) return org;
    const aliases = new Set([...org.aliases, region.name, ...region.aliases]);
    aliases.delete(org.name);
    return { ...org, aliases: [...aliases] };
  });
}
