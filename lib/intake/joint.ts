import type { OrgMention } from "./mentions";
import { type Party, partyOf } from "./parties";
import type { Language } from "./types";

// Two makers sharing one verb ("Samsung SDI and General Motors will jointly invest …", "宁德时代与福特将共同
// 建设…") each commit themselves: the sentence is a commitment of each. The sentences that follow about the
// same project without naming anyone ("Ground will be broken next year") are again the pair's.

const EN_JOINED = /^\s*(?:and|&)\s*$/i;
const ZH_JOINED = /^\s*(?:和|与|及|同|、)\s*$/u;

const sameParty = (a: Party, b: Party) =>
  a.known && b.known ? a.known.slug === b.known.slug : a.text.toLowerCase() === b.text.toLowerCase();

/**
 * The partner of the maker in a joint commitment: an organization of the same side (company or government)
 * joined to the maker by "and" / "和", both named before the verb at `verbAt`; else null.
 */
export function jointPartner(
  orgs: readonly OrgMention[],
  maker: Party | null,
  text: string,
  verbAt: number,
  language: Language,
): Party | null {
  if (!maker) return null;
  const joined = language === "zh" ? ZH_JOINED : EN_JOINED;
  const before = orgs.filter((m) => !m.asPlace && m.end <= verbAt);
  for (let i = 0; i + 1 < before.length; i++) {
    const a = before[i]!;
    const b = before[i + 1]!;
    if (a.government !== b.government || !joined.test(text.slice(a.end, b.start))) continue;
    const pa = partyOf(a);
    const pb = partyOf(b);
    if (sameParty(pa, pb)) continue;
    if (sameParty(pa, maker)) return pb;
    if (sameParty(pb, maker)) return pa;
  }
  return null;
}

/** Whether the sentence names the party (so it is not a sentence that only refers back to it). */
export function namesParty(orgs: readonly OrgMention[], party: Party | null): boolean {
  return !!party && orgs.some((m) => !m.asPlace && sameParty(partyOf(m), party));
}
