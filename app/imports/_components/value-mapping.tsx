"use client";

import { ENUM_FIELDS, type EnumField } from "@/lib/imports/fields";
import type { ImportMapping } from "@/lib/imports/schemas";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/vocabulary";

const LABELS: Record<EnumField, Record<string, string>> = { kind: KIND_LABELS, status: STATUS_LABELS };
const TITLES: Record<EnumField, string> = { kind: "Kind", status: "Status" };

/** The words in the kind and status columns that mean nothing known yet, each with the value it stands for. */
export function ValueMapping({
  unknown,
  mapping,
  onChange,
}: {
  unknown: Record<EnumField, string[]>;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}) {
  const fields = (Object.keys(ENUM_FIELDS) as EnumField[]).filter((f) => unknown[f].length > 0);
  if (fields.length === 0) return null;
  const choose = (field: EnumField, word: string, value: string) => {
    const own: Record<string, string> = { ...mapping.values[field] };
    if (value) own[word] = value;
    else delete own[word];
    onChange({ ...mapping, values: { ...mapping.values, [field]: own } });
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900">Values to map</legend>
      {fields.flatMap((field) =>
        unknown[field].map((word) => (
          <label key={`${field}:${word}`} className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-slate-600">{TITLES[field]}</span>
            <span className="font-medium text-slate-900">“{word}”</span>
            <span aria-hidden>→</span>
            <select
              aria-label={`${TITLES[field]} “${word}” means`}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm"
              value={(mapping.values[field] as Record<string, string>)[word] ?? ""}
              onChange={(e) => choose(field, word, e.target.value)}
            >
              <option value="">— choose —</option>
              {ENUM_FIELDS[field].map((value) => (
                <option key={value} value={value}>
                  {LABELS[field][value]}
                </option>
              ))}
            </select>
          </label>
        )),
      )}
    </fieldset>
  );
}
