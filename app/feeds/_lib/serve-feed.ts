import { getDb } from "@/db";
import type { Database } from "@/db/client";
import { publicReadAllowed, resolveActor } from "@/lib/auth/actor";
import { type FeedKind, feedEvents, feedSubject } from "@/lib/feeds/queries";
import { FEED_FORMATS, type FeedFormat, renderFeed } from "@/lib/feeds/render";

// The feeds under /feeds: Atom (.atom) and JSON Feed (.json) of the events of the whole instance, a
// company, a region, a commitment or a followed explorer view. Readable by anyone while PUBLIC_READ is on; otherwise with an API
// token, sent as a Bearer header or, for feed readers that cannot send one, as `?token=`.

const text = (status: number, message: string) =>
  new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

function fileOf(file: string): { ref: string; format: FeedFormat } | null {
  let name: string;
  try {
    name = decodeURIComponent(file);
  } catch {
    return null; // a malformed escape names no feed
  }
  const match = /^(.+)\.(atom|json)$/.exec(name);
  return match ? { ref: match[1]!, format: match[2] as FeedFormat } : null;
}

async function allowed(db: Database, request: Request): Promise<boolean> {
  if (publicReadAllowed()) return true;
  const headers = new Headers(request.headers);
  const token = new URL(request.url).searchParams.get("token");
  if (token) headers.set("authorization", `Bearer ${token}`);
  return (await resolveActor(db, headers)).actor !== null;
}

/** The GET handler of the feeds of one kind. */
export function feedRoute(kind: FeedKind) {
  return async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
    const file = fileOf((await params).file);
    if (!file) return text(404, "No such feed: a feed's address ends in .atom or .json.");
    const db = await getDb();
    if (!(await allowed(db, request))) {
      return text(401, "This tracker's feeds need an API token: add ?token=… to the feed's address.");
    }
    const described = await feedSubject(db, kind, file.ref);
    if (!described) return text(404, "No such feed: nothing by that name is recorded.");
    const body = renderFeed(
      { ...described, origin: new URL(request.url).origin, events: await feedEvents(db, described.scope) },
      file.format,
    );
    return new Response(body, {
      headers: { "content-type": `${FEED_FORMATS[file.format]}; charset=utf-8`, "cache-control": "no-cache" },
    });
  };
}
