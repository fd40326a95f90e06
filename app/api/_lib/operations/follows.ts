import { followSchema, seenSchema } from "@/lib/follows/schemas";
import { follow, markSeen, unfollow } from "@/lib/follows/mutations";
import { listFollows } from "@/lib/follows/queries";
import { operation } from "../operation";
import { idParams } from "../params";
import { listOf } from "../responses/common";
import { followResponse, seenResponse, unfollowedResponse } from "../responses/follows";
import { writer } from "../route";

const tag = "Following";

export const listFollowsOp = operation({
  method: "GET",
  path: "/api/v1/follows",
  id: "listFollows",
  tag,
  summary: "What you follow, each with what changed since you last marked it seen",
  access: "viewer",
  response: listOf(followResponse),
  examples: [{ name: "Everything followed" }],
  run: async ({ db, actor }) => ({ data: await listFollows(db, writer(actor).userId) }),
});

export const followOp = operation({
  method: "POST",
  path: "/api/v1/follows",
  id: "follow",
  tag,
  summary:
    "Follow a company (with its subsidiaries), a region (with its sub-regions), a commitment or an explorer view",
  description:
    "Give exactly one of `company` (slug or name), `region` (slug or name), `commitment` (id) or `view` (`{ name, url }`, url an explorer address `/commitments?…`). Following the same thing again answers the existing follow.",
  access: "viewer",
  body: followSchema,
  status: 201,
  response: followResponse,
  examples: [
    { name: "A company", body: { company: "bmw-group" } },
    {
      name: "A view",
      body: { view: { name: "Stalled in Liaoning", url: "/commitments?status=stalled&region=liaoning" } },
    },
  ],
  run: async ({ db, body, actor }) => follow(db, writer(actor).userId, body),
});

export const unfollowOp = operation({
  method: "DELETE",
  path: "/api/v1/follows/{id}",
  id: "unfollow",
  tag,
  summary: "Stop following",
  access: "viewer",
  params: idParams,
  response: unfollowedResponse,
  run: async ({ db, params, actor }) => unfollow(db, writer(actor).userId, params.id),
});

export const markFollowsSeenOp = operation({
  method: "POST",
  path: "/api/v1/follows/seen",
  id: "markFollowsSeen",
  tag,
  summary: "Mark what changed in some follows (`ids`) or all of them (`all: true`) as seen",
  access: "viewer",
  body: seenSchema,
  response: seenResponse,
  examples: [{ name: "All", body: { all: true } }],
  run: async ({ db, body, actor }) => markSeen(db, writer(actor).userId, body),
});
