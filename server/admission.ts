// A bounded waiting line in front of the app. The embedded database answers one statement at a time, on
// the server's own thread, so fifty requests at once all wait on it; without a bound each waits for all the
// others and the last one times out after half a minute. With it, a request either gets a slot soon or is
// told at once to come back (503 with Retry-After).

export type AdmissionLimits = {
  /** Requests served at the same time. */
  concurrent: number;
  /** Requests waiting for a slot; one more is refused at once. */
  queued: number;
  /** Longest wait for a slot before the request is refused. */
  maxWaitMs: number;
};

export class AdmissionRefused extends Error {
  constructor(readonly reason: "queue_full" | "wait_too_long" | "waited_too_long" | "client_left") {
    super(`request not admitted: ${reason}`);
  }
}

export type Release = () => void;

type Waiter = { grant: (release: Release) => void; timer: NodeJS.Timeout };

/** Weight of the newest request in the running average of how long a request holds its slot. */
const AVERAGE_WEIGHT = 0.2;

export class Admission {
  #active = 0;
  readonly #waiting: Waiter[] = [];
  /** Running average of how long a request holds a slot; starts optimistic, learns from the first requests. */
  #averageHoldMs = 50;

  constructor(
    readonly limits: AdmissionLimits,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** How long a request arriving now would wait for a slot, by the running average. */
  get expectedWaitMs(): number {
    return ((this.#waiting.length + 1) * this.#averageHoldMs) / this.limits.concurrent;
  }

  get active(): number {
    return this.#active;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * Resolves with a release function once the request may run (call it exactly when the response is done;
   * later calls do nothing). Rejects with AdmissionRefused when the line is full, the wait grows too long,
   * or `signal` fires while waiting.
   */
  enter(signal?: AbortSignal): Promise<Release> {
    if (this.#active < this.limits.concurrent) {
      this.#active++;
      return Promise.resolve(this.#releaser());
    }
    if (this.#waiting.length >= this.limits.queued) return Promise.reject(new AdmissionRefused("queue_full"));
    // Refuse at once what would be refused after waiting anyway: a 503 now beats the same 503 in maxWaitMs.
    if (this.expectedWaitMs > this.limits.maxWaitMs) return Promise.reject(new AdmissionRefused("wait_too_long"));
    return new Promise<Release>((resolve, reject) => {
      const leave = (reason: AdmissionRefused["reason"]) => {
        const index = this.#waiting.indexOf(waiter);
        if (index === -1) return;
        this.#waiting.splice(index, 1);
        clearTimeout(waiter.timer);
        reject(new AdmissionRefused(reason));
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(release);
        },
        timer: setTimeout(() => leave("waited_too_long"), this.limits.maxWaitMs),
      };
      const onAbort = () => leave("client_left");
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  #releaser(): Release {
    let released = false;
    const since = this.now();
    return () => {
      if (released) return;
      released = true;
      const held = this.now() - since;
      this.#averageHoldMs += AVERAGE_WEIGHT * (held - this.#averageHoldMs);
      const next = this.#waiting.shift();
      if (!next) {
        this.#active--;
        return;
      }
      clearTimeout(next.timer);
      next.grant(this.#releaser()); // the slot passes straight to the next in line
    };
  }
}

/**
 * Limits from the environment, with defaults for the database in use: the embedded one runs one statement
 * at a time on this very thread, so few requests at once and a short line; PostgreSQL serves a pool.
 */
export function readAdmissionLimits(
  env: Record<string, string | undefined>,
  database: "pglite" | "postgres",
): AdmissionLimits {
  const defaults =
    database === "pglite"
      ? { concurrent: 2, queued: 16, maxWaitMs: 2_000 }
      : { concurrent: 32, queued: 256, maxWaitMs: 10_000 };
  const read = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${name} must be a whole number of at least 1, not "${raw}".`);
    return value;
  };
  return {
    concurrent: read("MAX_CONCURRENT_REQUESTS", defaults.concurrent),
    queued: read("MAX_QUEUED_REQUESTS", defaults.queued),
    maxWaitMs: read("MAX_QUEUE_WAIT_MS", defaults.maxWaitMs),
  };
}
