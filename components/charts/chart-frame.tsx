import type { ReactNode } from "react";

/**
 * Every chart sits in this frame: a title, a one-line description, the chart, and the same numbers as a
 * table behind "View as table" (for screen readers and for copying).
 */
export function ChartFrame({
  title,
  description,
  table,
  children,
  empty,
}: {
  title: string;
  description: string;
  table: ReactNode;
  children: ReactNode;
  /** Shown instead of the chart when there is nothing to plot. */
  empty?: ReactNode;
}) {
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">{description}</p>
      <div className="mt-4">{empty ?? children}</div>
      {!empty && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer select-none text-slate-600 hover:text-slate-900">View as table</summary>
          <div className="relative mt-2 overflow-x-auto">{table}</div>
        </details>
      )}
    </section>
  );
}
