import type { CommitmentKind, OrganizationKind, RegionKind } from "@/lib/vocabulary";

// The shapes statement intake works with (CONTRACT.md, "Statement intake"). Everything in lib/intake is
// pure: it takes a text and the organizations and regions the tracker knows, and reads no database.

export type Language = "en" | "zh";

export type KnownOrganization = {
  slug: string;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  /** The parent's slug (BMW Brilliance Automotive → bmw-group). */
  parent: string | null;
};

export type KnownRegion = {
  slug: string;
  name: string;
  aliases: string[];
  kind: RegionKind;
  parent: string | null;
};

export type Reference = { organizations: KnownOrganization[]; regions: KnownRegion[] };

export type Named = { slug: string; name: string };

/** A sentence (or clause) of the statement that appears to state a commitment, and what it says. */
export type Candidate = {
  quote: string;
  /** Offsets into the text in JavaScript string indices: text.slice(start, end) === quote. */
  start: number;
  end: number;
  kind: CommitmentKind;
  maker: Named | null;
  /** The maker's name as written, when no known organization matched. */
  makerText: string | null;
  counterpart: Named | null;
  counterpartText: string | null;
  region: Named | null;
  regionText: string | null;
  sector: string | null;
  /** In units: "2.3 billion" is 2300000000. */
  amount: number | null;
  currency: string | null;
  jobs: number | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  targetOn: string | null;
};

/** An existing commitment a candidate appears to state again. */
export type Restated = { id: number; title: string; announcedOn: string };

export type ExtractOptions = {
  language?: Language;
  /** The statement's date: relative targets ("within three years", "next year") count from it. */
  publishedOn?: string;
  /** ISO 3166 country of the publisher, for "$" (USD unless the publisher's country says otherwise). */
  publisherCountry?: string | null;
};

export type Extraction = { language: Language; candidates: Candidate[] };

/** A candidate as POST /api/v1/intake/extract answers it: with the commitments it may restate. */
export type CandidateJson = Candidate & { restates: Restated[] };
export type ExtractResult = { language: Language; candidates: CandidateJson[] };
