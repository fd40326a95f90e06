import { PendingLink, PendingSelect } from "@/components/ui/pending-navigation";

const PAGE_SIZES = [25, 50, 100, 200];

const control = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm";

/** A link to another page of the list, or a disabled link (no address) where there is no such page. */
function PageLink({ href, label, children }: { href: string | null; label?: string; children: string }) {
  if (href === null)
    return (
      <a role="link" aria-disabled="true" aria-label={label} className={`${control} cursor-not-allowed opacity-40`}>
        {children}
      </a>
    );
  return (
    <PendingLink href={href} aria-label={label} className={`${control} hover:bg-slate-50`}>
      {children}
    </PendingLink>
  );
}

/** The page controls under a server-paged table: links to the first, previous, next and last pages. */
export function Pagination({
  page,
  perPage,
  total,
  pageHref,
  perPageHref,
}: {
  page: number;
  perPage: number;
  total: number;
  pageHref: (page: number) => string;
  perPageHref: (perPage: number) => string;
}) {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const first = total === 0 ? 0 : (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  const sizes = PAGE_SIZES.includes(perPage) ? PAGE_SIZES : [...PAGE_SIZES, perPage].sort((a, b) => a - b);
  const to = (target: number, allowed: boolean) => (allowed ? pageHref(target) : null);
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
          <PendingSelect
            className="rounded-md border border-slate-300 bg-white px-1.5 py-1"
            value={String(perPage)}
            options={sizes.map((size) => ({ value: String(size), label: String(size), href: perPageHref(size) }))}
          />
        </label>
        <PageLink href={to(1, page > 1)} label="First page">
          «
        </PageLink>
        <PageLink href={to(page - 1, page > 1)}>Previous</PageLink>
        <span className="tabular-nums">
          Page {page} of {pageCount}
        </span>
        <PageLink href={to(page + 1, page < pageCount)}>Next</PageLink>
        <PageLink href={to(pageCount, page < pageCount)} label="Last page">
          »
        </PageLink>
      </div>
    </nav>
  );
}
