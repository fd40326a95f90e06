"use client";

import { Checkbox, CheckboxGroup, Label } from "react-aria-components";
import { CheckMark } from "./check-mark";

export type CheckboxOption = { value: string; label: string; count?: number; color?: string; description?: string };

/** A labelled group of checkboxes, each with an optional colour dot and a count of matching items. */
export function CheckboxList({
  label,
  options,
  selected,
  onChange,
  emptyText = "Nothing to choose from.",
}: {
  label: string;
  options: CheckboxOption[];
  selected: string[];
  onChange: (values: string[]) => void;
  emptyText?: string;
}) {
  return (
    <CheckboxGroup value={selected} onChange={onChange} className="flex flex-col gap-0.5">
      <Label className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">{label}</Label>
      {options.length === 0 && <p className="text-sm text-slate-500">{emptyText}</p>}
      {options.map((option) => (
        <Checkbox
          key={option.value}
          value={option.value}
          className="group flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 text-sm outline-none hover:bg-slate-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600"
        >
          <span
            aria-hidden
            className="flex h-4 w-4 shrink-0 items-center justify-center rounded border border-slate-400 bg-white text-white group-data-[selected]:border-blue-600 group-data-[selected]:bg-blue-600"
          >
            <CheckMark />
          </span>
          {option.color && (
            <span aria-hidden className="h-2.5 w-2.5 shrink-0 rounded-full" style={{ backgroundColor: option.color }} />
          )}
          <span className="flex-1" title={option.description}>
            {option.label}
          </span>
          {option.count !== undefined && (
            <span className="tabular-nums text-xs text-slate-500">{option.count.toLocaleString("en")}</span>
          )}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
