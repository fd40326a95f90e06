import "server-only";
import { sql } from "drizzle-orm";
import robotsParser from "robots-parser";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/sql";
import { BlockedAddressError, addressPolicy } from "./address-policy";
import { type FetchOptions, fetchStatus } from "./fetch-status";

export type LinkCheckConfig = FetchOptions & {
  /** The least time between two requests to one host. */
  hostIntervalMs: number;
  /** How many addresses one run checks, the longest unchecked first. */
  batch: number;
  recheckAfterDays: number;
};

export function linkCheckConfig(env: Record<string, string | undefined> = process.env): LinkCheckConfig {
  const appUrl = env.APP_URL?.trim() || "a self-hosted instance";
  const number = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return value !== undefined && value !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  return {
    policy: addressPolicy(env),
    userAgent: `CommitmentTracker-LinkCheck/1.0 (+${appUrl})`,
    timeoutMs: number(env.LINK_CHECK_TIMEOUT_MS, 15_000),
    hostIntervalMs: number(env.LINK_CHECK_HOST_INTERVAL_MS, 2_000),
    batch: number(env.LINK_CHECK_BATCH, 200),
    recheckAfterDays: number(env.LINK_CHECK_RECHECK_DAYS, 7),
  };
}

export type LinkVerdict = { ok: boolean; status: number | null; note: string | null };

/** 404, 410 and server errors mean gone; 401, 403 and 429 answer, if not to us. */
const isGone = (status: number) => status === 404 || status === 410 || status >= 500;

type Robots = { isAllowed(url: string, ua?: string): boolean | undefined };

/** Checks one address as the link checker does: robots.txt first, then the address itself. */
export async function checkOne(
  url: string,
  config: LinkCheckConfig,
  robotsFor: (origin: string) => Promise<Robots | null>,
): Promise<LinkVerdict> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return { ok: false, status: null, note: "not an address that can be fetched" };
  }
  try {
    const robots = await robotsFor(origin);
    if (robots?.isAllowed(url, config.userAgent) === false)
      return { ok: true, status: null, note: "not checked: robots.txt asks not to" };
    const { status } = await fetchStatus(url, config);
    return { ok: !isGone(status), status, note: isGone(status) ? `answered ${status}` : null };
  } catch (error) {
    if (error instanceof BlockedAddressError) return { ok: true, status: null, note: `not checked: ${error.message}` };
    const cause = (error as { code?: string }).code;
    return {
      ok: false,
      status: null,
      note: cause ? `${cause}: ${(error as Error).message}` : (error as Error).message,
    };
  }
}

/** robots.txt per origin, fetched once a run; none (or an unreadable one) allows everything. */
function robotsCache(config: LinkCheckConfig) {
  const cache = new Map<string, Promise<Robots | null>>();
  return (origin: string) => {
    let robots = cache.get(origin);
    if (!robots) {
      const address = `${origin}/robots.txt`;
      robots = fetchStatus(address, config, { method: "GET", readBody: true })
        .then(({ status, body }) => (status === 200 && body ? (robotsParser(address, body) as Robots) : null))
        .catch((error: unknown) => {
          if (error instanceof BlockedAddressError) throw error;
          return null;
        });
      cache.set(origin, robots);
    }
    return robots;
  };
}

/** Waits so that two requests to one host are at least `intervalMs` apart. */
function politeness(intervalMs: number) {
  const last = new Map<string, number>();
  return async (url: string) => {
    const host = URL.canParse(url) ? new URL(url).host : url;
    const wait = (last.get(host) ?? 0) + intervalMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    last.set(host, Date.now());
  };
}

export type LinkCheckOutcome = { checked: number; broken: number; newlyBroken: number };

/**
 * Checks the evidence and source addresses checked longest ago (or never), records each verdict, and
 * writes a `link_broken` event for each evidence item whose address has just stopped answering.
 */
export async function checkLinks(db: Database, now: Date, config: LinkCheckConfig): Promise<LinkCheckOutcome> {
  const due = await queryRows<{ url: string; wasOk: boolean | null }>(
    db,
    sql`select u.url, c.ok as "wasOk"
        from (select url from evidence where retracted_at is null union select url from sources) u
        left join link_checks c on c.url = u.url
        where c.url is null or c.checked_at < ${now.toISOString()}::timestamptz - make_interval(days => ${config.recheckAfterDays})
        order by c.checked_at nulls first, u.url
        limit ${config.batch}`,
  );
  const robotsFor = robotsCache(config);
  const wait = politeness(config.hostIntervalMs);
  const outcome: LinkCheckOutcome = { checked: 0, broken: 0, newlyBroken: 0 };
  for (const { url, wasOk } of due) {
    await wait(url);
    const verdict = await checkOne(url, config, robotsFor);
    await recordVerdict(db, url, verdict, now);
    outcome.checked += 1;
    if (!verdict.ok) outcome.broken += 1;
    if (!verdict.ok && wasOk !== false) outcome.newlyBroken += await brokenEvents(db, url, verdict, now);
  }
  return outcome;
}

function recordVerdict(db: Database, url: string, verdict: LinkVerdict, now: Date) {
  const at = now.toISOString();
  return db.execute(sql`insert into link_checks (url, ok, status, note, checked_at, failing_since)
    values (${url}, ${verdict.ok}, ${verdict.status}, ${verdict.note}, ${at}::timestamptz,
            ${verdict.ok ? null : at}::timestamptz)
    on conflict (url) do update set ok = excluded.ok, status = excluded.status, note = excluded.note,
      checked_at = excluded.checked_at,
      failing_since = case when excluded.ok then null else coalesce(link_checks.failing_since, excluded.failing_since) end`);
}

async function brokenEvents(db: Database, url: string, verdict: LinkVerdict, now: Date): Promise<number> {
  const why = verdict.status ? `answered ${verdict.status}` : "no answer";
  const rows = await queryRows<{ id: number }>(
    db,
    sql`insert into events (kind, commitment_id, cause, summary)
        select 'link_broken', e.commitment_id, 'link_broken:' || e.id || ':' || ${now.toISOString()},
               'Evidence link not answering (' || ${why} || '): ' || e.title
        from evidence e where e.url = ${url} and e.retracted_at is null
        on conflict (cause) do nothing
        returning id`,
  );
  return rows.length;
}
