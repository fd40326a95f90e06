"use client";

const PAGE_SIZES = [25, 50, 100, 200];

export function Pagination({
  page,
  perPage,
  total,
  onPageChange,
  onPerPageChange,
}: {
  page: number;
  perPage: number;
  total: number;
  onPageChange: (page: number) => void;
  onPerPageChange: (perPage: number) => void;
}) {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const first = total === 0 ? 0 : (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  const button =
    "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm disabled:cursor-not-allowed disabled:opacity-40 enabled:hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p aria-live="polite">
        {total === 0
          ? "No rows"
          : `${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${total.toLocaleString("en")}`}
      </p>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-1.5">
          Rows per page
          <select
            className="rounded-md border border-slate-300 bg-white px-1.5 py-1"
            value={perPage}
            onChange={(e) => onPerPageChange(Number(e.target.value))}
          >
            {(PAGE_SIZES.includes(perPage) ? PAGE_SIZES : [...PAGE_SIZES, perPage].sort((a, b) => a - b)).map(
              (size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ),
            )}
          </select>
        </label>
        <button
          type="button"
          className={button}
          onClick={() => onPageChange(1)}
          disabled={page <= 1}
          aria-label="First page"
        >
          «
        </button>
        <button type="button" className={button} onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
          Previous
        </button>
        <span className="tabular-nums">
          Page {page} of {pageCount}
        </span>
        <button type="button" className={button} onClick={() => onPageChange(page + 1)} disabled={page >= pageCount}>
          Next
        </button>
        <button
          type="button"
          className={button}
          onClick={() => onPageChange(pageCount)}
          disabled={page >= pageCount}
          aria-label="Last page"
        >
          »
        </button>
      </div>
    </nav>
  );
}
