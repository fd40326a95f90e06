"use client";

import type { ReactNode } from "react";
import { Button, Dialog, DialogTrigger, Popover } from "react-aria-components";

/** A toolbar button that opens a small dialog of filter controls; shows the active value on the button. */
export function FilterPopover({
  label,
  value,
  children,
  width = "w-80",
}: {
  label: string;
  /** The active filter, summarized (e.g. "Siemens" or "2 selected"); nothing when the filter is off. */
  value?: string;
  /** The controls; given a `close` function when they should close the popover themselves (single choices). */
  children: ReactNode | ((close: () => void) => ReactNode);
  width?: string;
}) {
  const active = Boolean(value);
  return (
    <DialogTrigger>
      <Button
        className={`inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1.5 text-sm outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600 ${
          active
            ? "border-blue-300 bg-blue-50 text-blue-900"
            : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
        }`}
      >
        <span>
          {label}
          {active && ":"}
        </span>
        {active && <span className="max-w-40 truncate font-medium">{value}</span>}
        <span aria-hidden className="text-xs text-slate-400">
          ▾
        </span>
      </Button>
      <Popover
        placement="bottom start"
        className={`${width} rounded-lg border border-slate-200 bg-white shadow-lg outline-none`}
      >
        <Dialog aria-label={`${label} filter`} className="max-h-[70vh] overflow-y-auto p-3 outline-none">
          {({ close }) => (typeof children === "function" ? children(close) : children)}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
