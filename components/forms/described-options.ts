import * as vocabulary from "@/lib/vocabulary";

/** The choices of a select that says what each one means ("Pledge: a promise to act"). */
function describedOptions<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  descriptions: Record<T, string>,
) {
  return values.map((value) => ({ value, label: `${labels[value]}: ${descriptions[value].toLowerCase()}` }));
}

export const KIND_OPTIONS = describedOptions(
  vocabulary.COMMITMENT_KINDS,
  vocabulary.KIND_LABELS,
  vocabulary.KIND_DESCRIPTIONS,
);
export const STATUS_OPTIONS = describedOptions(
  vocabulary.COMMITMENT_STATUSES,
  vocabulary.STATUS_LABELS,
  vocabulary.STATUS_DESCRIPTIONS,
);
