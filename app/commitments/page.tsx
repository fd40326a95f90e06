import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { parseListParams } from "@/lib/commitments/list-params";
import { listCommitments } from "@/lib/commitments/list-query";
import { listOrganizations } from "@/lib/organizations/queries";
import { CommitmentsTable } from "./_components/commitments-table";
import { CompanyFilter } from "./_components/company-filter";

export const metadata: Metadata = { title: "Commitments" };

export default function CommitmentsPage({ searchParams }: PageProps<"/commitments">) {
  return (
    <>
      <PageHeader title="Commitments" description="Every recorded pledge, request and intent, with its status." />
      <Suspense fallback={<TableSkeleton />}>
        <CommitmentsExplorer searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function CommitmentsExplorer({ searchParams }: { searchParams: PageProps<"/commitments">["searchParams"] }) {
  await connection();
  const { params, errors } = parseListParams(await searchParams);
  const db = await getDb();
  const [page, organizations] = await Promise.all([listCommitments(db, params), listOrganizations(db)]);
  const notices = { ...errors, ...page.unresolved };

  return (
    <div className="space-y-4">
      {Object.keys(notices).length > 0 && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">Some of the filters in this address could not be used:</p>
          <ul className="mt-1 list-disc pl-5">
            {Object.entries(notices).map(([key, message]) => (
              <li key={key}>
                <code>{key}</code>: {message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <CompanyFilter
          value={params.company}
          options={organizations.map((o) => ({ slug: o.slug, name: o.name, parentName: o.parent?.name ?? null }))}
        />
      </div>
      {page.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium text-slate-900">No commitments match these filters.</p>
          <Link href="/commitments" className="mt-2 inline-block text-sm text-blue-700 hover:underline">
            Clear all filters
          </Link>
        </div>
      ) : (
        <CommitmentsTable
          data={page.data}
          total={page.total}
          page={page.page}
          perPage={page.perPage}
          sort={params.sort}
        />
      )}
    </div>
  );
}

function TableSkeleton() {
  return (
    <LoadingRegion label="Loading commitments">
      <Skeleton className="mb-4 h-9 w-72" />
      <div className="space-y-2">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-10" />
        ))}
      </div>
    </LoadingRegion>
  );
}
