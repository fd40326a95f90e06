import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { readDatabaseConfig } from "../db/config";
import { events, jobRuns } from "../db/schema";
import { type JobDefinition, dateChecks } from "../lib/jobs/definitions";
import { runDueJobs, startInProcessJobs } from "../lib/jobs/in-process";
import { onPostgres, setupTestDatabase } from "./support/database";
import { createCommitment } from "./support/factories";

const t = setupTestDatabase();

const runs = () =>
  t.db
    .select({ name: jobRuns.name, ok: jobRuns.ok, outcome: jobRuns.outcome, attempt: jobRuns.attempt })
    .from(jobRuns)
    .orderBy(asc(jobRuns.id));

describe("the embedded database's scheduler", () => {
  it("runs a job when due, records what it did, and not again before its period is over", async () => {
    await createCommitment(t.db, { announcedOn: "2024-03-01" });
    // A run older than the two weeks kept is dropped when the job next runs.
    const old = new Date(Date.now() - 15 * 86_400_000);
    await t.db
      .insert(jobRuns)
      .values({ name: "date-checks", startedAt: old, finishedAt: old, ok: true, outcome: "long ago" });
    const ran = await runDueJobs(t.db, [dateChecks], new Date());
    expect(ran).toEqual(["date-checks"]);
    expect(await runs()).toEqual([{ name: "date-checks", ok: true, outcome: "1 stale", attempt: 0 }]);
    expect(await runDueJobs(t.db, [dateChecks], new Date())).toEqual([]);
    const anHourLater = new Date(Date.now() + 3601_000);
    expect(await runDueJobs(t.db, [dateChecks], anHourLater)).toEqual(["date-checks"]);
    expect((await runs()).at(-1)).toMatchObject({ ok: true, outcome: "nothing new" });
  });

  it("records a failure and retries it after 30 s, then a minute, then two", async () => {
    const failing: JobDefinition = {
      name: "always-fails",
      description: "A job that fails",
      cron: "* * * * *",
      everySeconds: 3600,
      run: () => Promise.reject(new Error("the mail server said no")),
    };
    const start = Date.now();
    const after = (seconds: number) => new Date(start + seconds * 1000);
    expect(await runDueJobs(t.db, [failing], after(0))).toEqual(["always-fails"]);
    expect(await runs()).toEqual([{ name: "always-fails", ok: false, outcome: "the mail server said no", attempt: 0 }]);
    // The clock is the recorded finish; give the waits a margin for the time the runs themselves took.
    expect(await runDueJobs(t.db, [failing], after(10))).toEqual([]);
    expect(await runDueJobs(t.db, [failing], after(40))).toEqual(["always-fails"]);
    expect(await runDueJobs(t.db, [failing], after(70))).toEqual([]);
    expect(await runDueJobs(t.db, [failing], after(110))).toEqual(["always-fails"]);
    expect((await runs()).map((r) => r.attempt)).toEqual([0, 1, 2]);
  });
});

describe("the embedded database's scheduler, running", () => {
  it("runs each job on its own, so a long one does not hold up another", async () => {
    let finishSlow: () => void = () => {};
    const slow: JobDefinition = {
      name: "slow",
      description: "A job that waits",
      cron: "* * * * *",
      everySeconds: 3600,
      run: () => new Promise((resolve) => (finishSlow = () => resolve("finally"))),
    };
    const quick: JobDefinition = { ...slow, name: "quick", run: async () => "done" };
    const scheduler = startInProcessJobs(t.db, [slow, quick], 1);
    try {
      await expect.poll(async () => (await runs()).map((r) => r.name), { timeout: 30_000 }).toEqual(["quick"]);
      finishSlow();
      await expect
        .poll(async () => (await runs()).map((r) => `${r.name}: ${r.outcome}`), { timeout: 30_000 })
        .toEqual(["quick: done", "slow: finally"]);
    } finally {
      finishSlow();
      await scheduler.stop();
    }
  });
});

describe.runIf(onPostgres)("pg-boss on PostgreSQL", () => {
  it(
    "runs a job asked for by two instances at once a single time, and records a failing one",
    { timeout: 120_000 },
    async () => {
      const { startPgBossJobs } = await import("../lib/jobs/pg-boss");
      await createCommitment(t.db, { announcedOn: "2024-03-01" });
      const failing: JobDefinition = {
        ...dateChecks,
        name: "fails-on-boss",
        run: () => Promise.reject(new Error("no")),
      };
      const config = readDatabaseConfig();
      if (config.kind !== "postgres") throw new Error("unreachable");
      // A clean queue: jobs another run left (retries of a failing one) would run here too.
      await t.db.execute(sql`drop schema if exists pgboss cascade`);
      const second = await openDatabase(config);
      const instances = await Promise.all([
        startPgBossJobs(config.url, t.db, [dateChecks, failing], { schedule: false }),
        startPgBossJobs(config.url, second.db, [dateChecks, failing], { schedule: false }),
      ]);
      try {
        await Promise.all(instances.map((instance) => instance.trigger("date-checks")));
        await instances[0]!.trigger("fails-on-boss");
        await expect
          .poll(async () => (await runs()).map((r) => `${r.name} ${r.ok}`).sort(), { timeout: 60_000, interval: 500 })
          .toEqual(["date-checks true", "fails-on-boss false"]);
      } finally {
        await Promise.all(instances.map((instance) => instance.stop()));
        await second.close();
      }
      const dateRuns = await t.db.select().from(jobRuns).where(eq(jobRuns.name, "date-checks"));
      expect(dateRuns).toHaveLength(1);
      expect(await t.db.$count(events, eq(events.kind, "stale"))).toBe(1);
    },
  );
});
