import { checkCommitmentBody, createCommitmentSchema, updateCommitmentSchema } from "@/lib/commitments/schemas";

/** The label of each field the commitment form shows, for the summary of what to correct. */
export const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  maker: "Maker",
  counterpart: "Counterpart",
  region: "Region",
  kind: "Kind",
  sector: "Sector",
  sourceLocation: "Where in the source",
  announcedOn: "Announced on",
  targetOn: "Target date",
  amount: "Amount",
  currency: "Currency",
  jobs: "Jobs",
  status: "Status when recorded",
  progress: "Progress (%)",
  "source.url": "Address (URL)",
  "source.title": "Source title",
  "source.publisher": "Publisher",
  "source.publishedOn": "Published on",
  "source.eventOn": "Event on",
  "source.language": "Language",
};

type Stored = { announcedOn: string; targetOn: string | null; amount: number | null; currency: string | null };

/**
 * Every problem of the form at once, before anything is sent: the API's own checks (the same code), and what
 * only the form knows, such as a maker typed but never chosen from the list.
 */
export function commitmentFormErrors(
  body: Record<string, unknown>,
  {
    today,
    stored,
    picked,
  }: { today: string; stored?: Stored; picked: { maker: boolean; region: boolean; counterpart?: boolean } },
): Record<string, string> {
  const checked = stored
    ? checkCommitmentBody(updateCommitmentSchema, body, today, stored)
    : checkCommitmentBody(createCommitmentSchema, body, today);
  const fields = checked.ok ? {} : { ...checked.fields };
  if (!picked.maker) fields.maker = "Choose a maker from the list, or create it there.";
  if (!picked.region) fields.region = "Choose a region from the list, or create it there.";
  if (picked.counterpart === false)
    fields.counterpart = "Choose a counterpart from the list, create it there, or clear the field.";
  return fields;
}

/** One sentence naming the fields to correct, in the order the form shows them. */
export function errorSummary(fields: Record<string, string>): string {
  const keys = Object.keys(fields);
  const known = Object.keys(FIELD_LABELS).filter((k) => keys.includes(k));
  const labels = [...known.map((k) => FIELD_LABELS[k]!), ...keys.filter((k) => !(k in FIELD_LABELS))];
  if (labels.length === 0) return "";
  return labels.length === 1
    ? `Correct one field: ${labels[0]}.`
    : `Correct ${labels.length} fields: ${labels.join(", ")}.`;
}
