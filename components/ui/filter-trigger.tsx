// How a filter's toolbar button looks, shared by the working button (filter-popover.tsx) and the stand-in
// drawn until its code has loaded, so that nothing moves when one replaces the other.

export function filterTriggerClass(active: boolean): string {
  return `inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1.5 text-sm outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600 ${
    active ? "border-blue-300 bg-blue-50 text-blue-900" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
  }`;
}

/** The button's text: the filter's name, and its value when it is on. */
export function FilterTriggerContent({ label, value }: { label: string; value?: string }) {
  const active = Boolean(value);
  return (
    <>
      <span>
        {label}
        {active && ":"}
      </span>
      {active && <span className="max-w-40 truncate font-medium">{value}</span>}
      <span aria-hidden className="text-xs text-slate-400">
        ▾
      </span>
    </>
  );
}
