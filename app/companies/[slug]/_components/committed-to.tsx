import Link from "next/link";
import { KindBadge, StatusBadge } from "@/components/ui/badge";
import type { CommitmentsTo } from "@/lib/organizations/queries";
import { COMMITMENT_KINDS, KIND_LABELS } from "@/lib/vocabulary";

/** What others pledged to (or asked of, or intend with) this organization, as their counterpart. */
export function CommittedTo({ name, to }: { name: string; to: CommitmentsTo }) {
  const counts = COMMITMENT_KINDS.filter((k) => to.byKind[k])
    .map((k) => `${to.byKind[k]} ${KIND_LABELS[k].toLowerCase()}${to.byKind[k] === 1 ? "" : "s"}`)
    .join(", ");
  return (
    <section
      aria-labelledby="committed-to-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
    >
      <h2 id="committed-to-heading" className="text-base font-semibold text-slate-900">
        Committed to {name}
      </h2>
      {to.total === 0 ? (
        <p className="mt-1 text-slate-600">No one has made a commitment with {name} as counterpart yet.</p>
      ) : (
        <>
          <p className="mt-1 text-slate-600">
            {to.total} commitment{to.total === 1 ? "" : "s"} with {name} as counterpart ({counts})
            {to.total > to.latest.length ? `; the latest ${to.latest.length}:` : ":"}
          </p>
          <ul className="mt-2 divide-y divide-slate-100">
            {to.latest.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2 py-1.5">
                <KindBadge kind={c.kind} />
                <StatusBadge status={c.status} />
                <Link href={`/commitments/${c.id}`} className="text-blue-700 hover:underline [overflow-wrap:anywhere]">
                  {c.title}
                </Link>
                <span className="text-slate-600">
                  by{" "}
                  <Link href={`/companies/${c.maker.slug}`} className="hover:underline">
                    {c.maker.name}
                  </Link>
                  , {c.announcedOn}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
