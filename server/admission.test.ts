import { describe, expect, it } from "vitest";
import { Admission, AdmissionRefused, readAdmissionLimits } from "./admission";

const refusal = (reason: AdmissionRefused["reason"]) => expect.objectContaining({ reason });

describe("Admission", () => {
  it("lets `concurrent` requests run, lines up `queued` more in order, and refuses the next at once", async () => {
    const admission = new Admission({ concurrent: 2, queued: 2, maxWaitMs: 60_000 });
    const first = await admission.enter();
    await admission.enter();
    const order: string[] = [];
    const third = admission.enter().then((release) => (order.push("third"), release));
    const fourth = admission.enter().then((release) => (order.push("fourth"), release));
    await expect(admission.enter()).rejects.toEqual(refusal("queue_full"));
    expect([admission.active, admission.waiting]).toEqual([2, 2]);

    first();
    first(); // a second call does nothing
    const releaseThird = await third;
    expect(order).toEqual(["third"]);
    releaseThird();
    (await fourth)();
    expect(order).toEqual(["third", "fourth"]);
    expect([admission.active, admission.waiting]).toEqual([1, 0]);
  });

  it("refuses a request that waited longer than maxWaitMs, and frees its place in line", async () => {
    const admission = new Admission({ concurrent: 1, queued: 1, maxWaitMs: 20 }, () => 0); // requests seem instant
    for (let i = 0; i < 30; i++) (await admission.enter())();
    const release = await admission.enter();
    await expect(admission.enter()).rejects.toEqual(refusal("waited_too_long"));
    expect(admission.waiting).toBe(0);
    release();
    expect(admission.active).toBe(0);
  });

  it("refuses at once a request whose wait, by the running average of requests, would be too long", async () => {
    let clock = 0;
    const admission = new Admission({ concurrent: 1, queued: 100, maxWaitMs: 250 }, () => clock);
    for (let i = 0; i < 30; i++) {
      const release = await admission.enter();
      clock += 100; // each request holds its slot for 100 ms
      release();
    }
    expect(Math.round(admission.expectedWaitMs)).toBe(100);
    const running = await admission.enter();
    const first = admission.enter(); // waits about 100 ms
    const second = admission.enter(); // about 200 ms
    await expect(admission.enter()).rejects.toEqual(refusal("wait_too_long")); // about 300 ms > 250 ms
    running();
    (await first)();
    (await second)();
  });

  it("drops a waiting request whose client went away", async () => {
    const admission = new Admission({ concurrent: 1, queued: 1, maxWaitMs: 60_000 });
    await admission.enter();
    const left = new AbortController();
    const waiting = admission.enter(left.signal);
    left.abort();
    await expect(waiting).rejects.toEqual(refusal("client_left"));
    expect(admission.waiting).toBe(0);
  });
});

describe("readAdmissionLimits", () => {
  it("has tighter defaults for the embedded database, and reads overrides", () => {
    expect(readAdmissionLimits({}, "pglite").concurrent).toBeLessThan(readAdmissionLimits({}, "postgres").concurrent);
    expect(readAdmissionLimits({ MAX_QUEUED_REQUESTS: "7" }, "pglite").queued).toBe(7);
    expect(() => readAdmissionLimits({ MAX_CONCURRENT_REQUESTS: "0" }, "pglite")).toThrow(/at least 1/);
  });
});
