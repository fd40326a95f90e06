import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requirePageRole } from "@/app/_lib/page-actor";
import { FeedLinks } from "@/components/feed-links";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import type { FollowTarget } from "@/db/schema";
import { type FollowChanges, type FollowItem, listFollows } from "@/lib/follows/queries";
import { FollowActions } from "./_components/follow-actions";

export const metadata: Metadata = { title: "Following" };

const TARGET_LABELS: Record<FollowTarget, string> = {
  company: "Company, with its subsidiaries",
  region: "Region, with the regions within it",
  commitment: "Commitment",
  view: "Explorer view",
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const changed = (c: FollowChanges) => c.commitments + c.evidence + c.statusChanges > 0;

function Changes({ item }: { item: FollowItem }) {
  const since = item.lastSeenAt.slice(0, 10);
  if (!changed(item.changes)) return <p className="text-sm text-slate-600">Nothing new since {since}.</p>;
  const { commitments, evidence, statusChanges } = item.changes;
  return (
    <p className="text-sm font-medium text-slate-900">
      Since {since}:{" "}
      {[
        commitments && count(commitments, "new commitment", "new commitments"),
        evidence && count(evidence, "new evidence item", "new evidence items"),
        statusChanges && count(statusChanges, "status change", "status changes"),
      ]
        .filter(Boolean)
        .join(" · ")}
    </p>
  );
}

export default async function FollowingPage() {
  await connection();
  const { actor } = await requirePageRole("viewer", "/following");
  const items = await listFollows(await getDb(), actor.userId);
  const anyChanges = items.some((i) => changed(i.changes));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Following"
        description="What changed in the companies, regions and commitments you follow since you last marked it seen."
        actions={anyChanges ? <FollowActions hasChanges /> : undefined}
      />
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          You follow nothing yet. Use <strong>Follow</strong> on a company, region or commitment page, and what changes
          in it shows here.
        </p>
      ) : (
        <ul aria-label="Followed" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
              <div className="min-w-0 space-y-1">
                <p className="text-xs text-slate-500">{TARGET_LABELS[item.target]}</p>
                <Link href={item.href} className="font-medium wrap-anywhere text-blue-700 underline">
                  {item.name}
                </Link>
                <Changes item={item} />
                {item.target === "view" && <FeedLinks path={`/feeds/views/${item.id}`} />}
              </div>
              <FollowActions id={item.id} name={item.name} hasChanges={changed(item.changes)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
