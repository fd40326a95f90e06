"use client";

import { type FormEvent, useId } from "react";
import { Button, ToggleButton } from "react-aria-components";
import { type CheckboxOption, CheckboxList } from "@/components/ui/checkbox-list";
import { FilterPopover } from "@/components/ui/filter-popover";
import { useExplorer } from "./explorer-context";
import { DATE_FIELDS, type DateRanges, FlagContent, choiceSummary, dateSummary, flagToggle } from "./toolbar-looks";

/** Status, kind or sector: several values at once, each with how many commitments it would give. */
export function MultiValueFilter({
  field,
  label,
  options,
  selected,
}: {
  field: "status" | "kind" | "sector";
  label: string;
  options: CheckboxOption[];
  selected: string[];
}) {
  const { setFilters } = useExplorer();
  return (
    <FilterPopover label={label} value={choiceSummary(options, selected)} width="w-72">
      <CheckboxList
        label={label}
        options={options}
        selected={selected}
        onChange={(values) => setFilters({ [field]: values.length ? values : null })}
      />
    </FilterPopover>
  );
}

export function DateFilter({ ranges }: { ranges: DateRanges }) {
  const { setFilters } = useExplorer();
  const id = useId();

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? "") || null;
    setFilters({
      announcedFrom: value("announcedFrom"),
      announcedTo: value("announcedTo"),
      targetFrom: value("targetFrom"),
      targetTo: value("targetTo"),
    });
  };

  return (
    <FilterPopover label="Dates" value={dateSummary(ranges)} width="w-80">
      <form onSubmit={apply} className="grid grid-cols-2 gap-2 text-sm">
        {DATE_FIELDS.map(([key, text]) => (
          <label key={key} htmlFor={`${id}-${key}`} className="flex flex-col gap-1 text-xs text-slate-600">
            {text}
            <input
              id={`${id}-${key}`}
              type="date"
              name={key}
              defaultValue={ranges[key] ?? ""}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900"
            />
          </label>
        ))}
        <button
          type="submit"
          className="col-span-1 mt-1 rounded-md bg-slate-900 px-2 py-1.5 font-medium text-white hover:bg-slate-700"
        >
          Apply
        </button>
        <Button
          className="col-span-1 mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-slate-700 outline-none hover:bg-slate-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600"
          onPress={() => setFilters({ announcedFrom: null, announcedTo: null, targetFrom: null, targetTo: null })}
        >
          Clear dates
        </Button>
      </form>
    </FilterPopover>
  );
}

/** "Overdue only" / "Stale only" / "Restated": on or off, with how many commitments each would give. */
export function FlagFilter({
  field,
  label,
  on,
  count,
}: {
  field: "overdue" | "stale" | "restated";
  label: string;
  on: boolean;
  /** How many commitments turning it on would give; absent while the counts are being counted. */
  count?: number;
}) {
  const { setFilters } = useExplorer();
  return (
    <ToggleButton isSelected={on} onChange={(next) => setFilters({ [field]: next || null })} className={flagToggle}>
      <FlagContent label={label} count={count} />
    </ToggleButton>
  );
}
