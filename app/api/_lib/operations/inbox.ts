import { markRead } from "@/lib/inbox/mutations";
import { listInbox } from "@/lib/inbox/queries";
import { inboxQuerySchema, readSchema } from "@/lib/inbox/schemas";
import { operation } from "../operation";
import { inboxResponse, readResponse } from "../responses/inbox";
import { writer } from "../route";

const tag = "Following";

export const inboxOp = operation({
  method: "GET",
  path: "/api/v1/inbox",
  id: "inbox",
  tag,
  summary: "What happened to what you follow since you followed it, newest first",
  description:
    "Events (new commitments, evidence, status changes, restatements, dates falling due) in the scope of your follows. Filter by `kind` (comma-separated) or `unread=true`; page with `before` (the last id seen) and `limit`.",
  access: "viewer",
  query: inboxQuerySchema,
  response: inboxResponse,
  examples: [{ name: "Everything" }, { name: "Unread evidence", query: { kind: "evidence_added", unread: "true" } }],
  run: async ({ db, query, actor }) => listInbox(db, writer(actor).userId, query),
});

export const markInboxReadOp = operation({
  method: "POST",
  path: "/api/v1/inbox/read",
  id: "markInboxRead",
  tag,
  summary: "Mark inbox items (`ids`) or the whole inbox (`all: true`) read",
  access: "viewer",
  body: readSchema,
  response: readResponse,
  examples: [{ name: "All", body: { all: true } }],
  run: async ({ db, body, actor }) => markRead(db, writer(actor).userId, body),
});
