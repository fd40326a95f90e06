import { EVIDENCE_FIELD_LABELS } from "./evidence-fields";
import { FIELD_LABELS } from "./fields";

/** How a report names a field (of either kind of file), or a row-wide problem. */
export function fieldLabel(field: string): string {
  if (field === "row") return "Row";
  return (
    (FIELD_LABELS as Record<string, string>)[field] ?? (EVIDENCE_FIELD_LABELS as Record<string, string>)[field] ?? field
  );
}
