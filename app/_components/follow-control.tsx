import { getActor } from "@/app/_lib/page-actor";
import { FollowButton } from "@/components/follow-button";
import { getDb } from "@/db";
import { type FollowableRef, followIdOf } from "@/lib/follows/queries";

/** The Follow button of a company, region or commitment page, for a signed-in visitor. */
export async function FollowControl({ target }: { target: FollowableRef }) {
  const actor = await getActor();
  if (!actor) return null;
  const followId = await followIdOf(await getDb(), actor.userId, target);
  return <FollowButton target={target} followId={followId} />;
}
