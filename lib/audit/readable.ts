import {
  KIND_LABELS,
  ORGANIZATION_KIND_LABELS,
  REGION_KIND_LABELS,
  STANCE_LABELS,
  STATUS_LABELS,
} from "@/lib/vocabulary";

// How a change reads in a history: "Target date: — → 31 Dec 2026", "by Ana Lyst". Pure; the names of people,
// organizations and regions are looked up by ./readable-names.ts.

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  maker: "Maker",
  counterpart: "Counterpart",
  kind: "Kind",
  sector: "Sector",
  region: "Region",
  announcedOn: "Announced on",
  targetOn: "Target date",
  amount: "Amount",
  currency: "Currency",
  jobs: "Jobs",
  status: "Status",
  progress: "Progress",
  source: "Source",
  sourceLocation: "Where in the source",
  url: "Link",
  publisher: "Publisher",
  publishedOn: "Published on",
  eventOn: "Event date",
  language: "Language",
  stance: "Stance",
  note: "Note",
  archiveUrl: "Archived copy",
  name: "Name",
  aliases: "Other names",
  parent: "Parent",
  country: "Country",
  role: "Role",
  email: "Email",
  reason: "Reason",
  retracted: "Retracted",
  evidenceId: "Evidence",
  commitmentId: "Commitment",
  version: "Version",
};

/** "targetOn" → "Target date"; a field without a label reads as words ("someNewField" → "Some new field"). */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .replace(/_/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "2026-12-31" → "31 Dec 2026". */
export function readableDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

const KIND_WORDS: Record<string, string> = { ...KIND_LABELS, ...ORGANIZATION_KIND_LABELS, ...REGION_KIND_LABELS };

/** Names of organizations and regions by slug, for the values that store a slug (maker, region, parent…). */
export type ReferenceNames = { organizations: ReadonlyMap<string, string>; regions: ReadonlyMap<string, string> };

/** Which kind of record a field's slug names; a parent is of the same kind as the record that has it. */
export function referenceKind(field: string, entityType: string): keyof ReferenceNames | null {
  if (field === "maker" || field === "counterpart") return "organizations";
  if (field === "region") return "regions";
  if (field === "parent")
    return entityType === "region" ? "regions" : entityType === "organization" ? "organizations" : null;
  return null;
}

export type ValueContext = { entityType?: string; references?: ReferenceNames };

const labelled = (map: Record<string, string>, value: string) => map[value] ?? value;

/** A stored value as a reader would write it: "—" for nothing, dates in words, labels for vocabulary, names for slugs. */
export function readableValue(field: string, value: unknown, context: ValueContext = {}): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map((v) => readableValue(field, v, context)).join(", ") : "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return field === "progress" ? `${value}%` : value.toLocaleString("en");
  if (typeof value !== "string") return JSON.stringify(value);
  if (ISO_DATE.test(value)) return readableDate(value);
  switch (field) {
    case "status":
      return labelled(STATUS_LABELS, value);
    case "stance":
      return labelled(STANCE_LABELS, value);
    case "kind":
      return labelled(KIND_WORDS, value);
    case "language":
      return languageNames.of(value) ?? value;
    case "amount":
      return Number.isFinite(Number(value)) ? Number(value).toLocaleString("en") : value;
  }
  const kind = referenceKind(field, context.entityType ?? "commitment");
  return (kind && context.references?.[kind].get(value)) ?? value;
}

const ACTOR_LABEL = /^(\S+@\S+?)( \(token .*\))?$/;

/** The email inside an actor label ("ana@x.org", "ana@x.org (token “ci”)"), lower-cased, if there is one. */
export function emailInLabel(label: string): string | null {
  return ACTOR_LABEL.exec(label)?.[1]?.toLowerCase() ?? null;
}

/**
 * Who did something, as a reader would say it: the account's name instead of its email ("Ana Lyst"), with
 * the token it used ("Ana Lyst (token “ci”)"). Labels that are not an account ("demo data", "system", an
 * account since deleted) read as recorded.
 */
export function readablePerson(label: string, namesByEmail: ReadonlyMap<string, string>): string {
  const match = ACTOR_LABEL.exec(label);
  const name = match ? namesByEmail.get(match[1]!.toLowerCase()) : undefined;
  return name ? `${name}${match![2] ?? ""}` : label;
}
