// What the explorer toolbar's controls show before they are opened, shared by the controls (loaded after the
// page) and their stand-ins (drawn by the server), so that a control looks the same before and after its code.

import type { ReactNode } from "react";
import type { CheckboxOption } from "@/components/ui/checkbox-list";

/** The look of the toolbar's menu buttons (Columns, Export, Follow view). */
export const menuTrigger =
  "inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-700 outline-none hover:bg-slate-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600";

/** The look of an on/off filter (Overdue only, Stale only, Restated); `data-selected` when on. */
export const flagToggle =
  "inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-700 outline-none hover:bg-slate-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600 data-[selected]:border-blue-300 data-[selected]:bg-blue-50 data-[selected]:text-blue-900";

/** What the search box's input shares with its stand-in: its id, type, placeholder and look. */
export const searchInputLook = {
  id: "explorer-search",
  type: "search",
  placeholder: "Search commitments (press /)",
  className:
    "w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm outline-none focus:border-blue-500 focus:ring-1 focus:ring-blue-500",
} as const;

/** The search box's frame and label around its input. */
export function SearchBoxFrame({ children }: { children: ReactNode }) {
  return (
    <div className="relative min-w-64 flex-1">
      <label htmlFor={searchInputLook.id} className="sr-only">
        Search commitments
      </label>
      {children}
    </div>
  );
}

/** A menu button's text, with the arrow that says it opens. */
export function MenuTriggerContent({ label }: { label: string }) {
  return (
    <>
      {label}{" "}
      <span aria-hidden className="text-xs text-slate-400">
        ▾
      </span>
    </>
  );
}

/** An on/off filter's text: its name and how many commitments it would give (once counted). */
export function FlagContent({ label, count }: { label: string; count?: number }) {
  return (
    <>
      {label}
      {count !== undefined && <span className="tabular-nums text-xs text-slate-500">{count.toLocaleString("en")}</span>}
    </>
  );
}

/** A multi-value filter's value on its button: the one value chosen, or how many. */
export function choiceSummary(options: CheckboxOption[], selected: string[]): string | undefined {
  if (selected.length === 0) return undefined;
  if (selected.length === 1) return options.find((o) => o.value === selected[0])?.label ?? selected[0];
  return `${selected.length} selected`;
}

export type DateRanges = { announcedFrom?: string; announcedTo?: string; targetFrom?: string; targetTo?: string };

export const DATE_FIELDS = [
  ["announcedFrom", "Announced from"],
  ["announcedTo", "Announced to"],
  ["targetFrom", "Target from"],
  ["targetTo", "Target to"],
] as const;

/** The dates filter's value on its button: how many of its four dates are set. */
export function dateSummary(ranges: DateRanges): string | undefined {
  const set = DATE_FIELDS.filter(([key]) => ranges[key]).length;
  return set ? `${set} set` : undefined;
}
