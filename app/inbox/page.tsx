import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requirePageRole } from "@/app/_lib/page-actor";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { EVENT_KINDS, type EventKind } from "@/db/schema-events";
import { EVENT_KIND_LABELS } from "@/lib/events/labels";
import { listInbox } from "@/lib/inbox/queries";
import { type InboxQuery, inboxQuerySchema } from "@/lib/inbox/schemas";
import { inboxHref } from "@/lib/inbox/url";
import { MarkReadButton } from "./_components/inbox-actions";

export const metadata: Metadata = { title: "Inbox" };

const chip = (active: boolean) =>
  `rounded-full border px-3 py-1 text-sm ${active ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`;

function Filters({ query }: { query: InboxQuery }) {
  const chosen = query.kind ?? [];
  const only = (kind?: EventKind) => inboxHref({ kind: kind ? [kind] : undefined, unread: query.unread });
  return (
    <nav aria-label="Filter the inbox" className="flex flex-wrap items-center gap-2">
      <Link href={only()} className={chip(chosen.length === 0)} aria-current={chosen.length === 0 ? "true" : undefined}>
        Everything
      </Link>
      {EVENT_KINDS.map((kind) => {
        const active = chosen.length === 1 && chosen[0] === kind;
        return (
          <Link key={kind} href={only(kind)} className={chip(active)} aria-current={active ? "true" : undefined}>
            {EVENT_KIND_LABELS[kind]}
          </Link>
        );
      })}
      <Link
        href={inboxHref({ kind: query.kind, unread: !query.unread })}
        className={chip(Boolean(query.unread))}
        aria-current={query.unread ? "true" : undefined}
      >
        Unread only
      </Link>
    </nav>
  );
}

export default async function InboxPage({ searchParams }: PageProps<"/inbox">) {
  await connection();
  const { actor } = await requirePageRole("viewer", "/inbox");
  const parsed = inboxQuerySchema.safeParse(await searchParams);
  const query: InboxQuery = parsed.success ? parsed.data : { limit: 50 };
  const { data, unread } = await listInbox(await getDb(), actor.userId, query);
  const last = data.at(-1);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Inbox"
        description={`What happened to what you follow. ${unread === 0 ? "Nothing unread." : `${unread} unread.`}`}
        actions={unread > 0 ? <MarkReadButton /> : undefined}
      />
      {!parsed.success && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The address holds a filter the inbox cannot read; showing everything.
        </p>
      )}
      <Filters query={query} />
      {data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          {query.kind || query.unread || query.before ? (
            <>Nothing here with these filters.</>
          ) : (
            <>
              Nothing yet. Follow a company, region, commitment or explorer view, and what happens to it arrives here
              (see{" "}
              <Link href="/following" className="text-blue-700 underline">
                Following
              </Link>
              ).
            </>
          )}
        </p>
      ) : (
        <ul aria-label="Inbox" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {data.map((item) => (
            <li
              key={item.id}
              data-read={item.read}
              className={`flex flex-wrap items-start justify-between gap-3 p-4 ${item.read ? "" : "bg-blue-50/40"}`}
            >
              <div className="min-w-0 space-y-1">
                <p className="text-xs text-slate-500">
                  {!item.read && <span className="mr-2 font-semibold text-blue-700">Unread</span>}
                  {EVENT_KIND_LABELS[item.kind]} · <time dateTime={item.at}>{item.at.slice(0, 10)}</time>
                </p>
                <Link
                  href={`/commitments/${item.commitment.id}`}
                  className="font-medium wrap-anywhere text-blue-700 underline"
                >
                  {item.commitment.title}
                </Link>
                <p className="text-sm wrap-anywhere text-slate-700">{item.summary}</p>
              </div>
              {!item.read && <MarkReadButton id={item.id} title={item.commitment.title} />}
            </li>
          ))}
        </ul>
      )}
      {last && data.length === query.limit && (
        <Link href={inboxHref({ ...query, before: last.id })} className="text-sm text-blue-700 underline">
          Older items
        </Link>
      )}
    </div>
  );
}
