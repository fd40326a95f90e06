"use client";

import type { ReactNode } from "react";
import { Button, Dialog, DialogTrigger, Popover } from "react-aria-components";
import { FilterTriggerContent, filterTriggerClass } from "./filter-trigger";

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
  return (
    <DialogTrigger>
      <Button className={filterTriggerClass(Boolean(value))}>
        <FilterTriggerContent label={label} value={value} />
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
