"use client";

import { useEffect, useState } from "react";

/** What one address answered: its JSON, or why it could not be read. */
export type JsonAnswer<T> =
  { url: string; data: T; error?: undefined } | { url: string; data?: undefined; error: string };

/**
 * Fetches the JSON at `url` once it has stayed the same for `delayMs` (while someone types), cancelling the
 * request the next keystroke makes stale. `current` is the answer for `url` as it is now (null while waiting,
 * or when `url` is null); `latest` is the last answer of all, to keep showing until the new one comes.
 */
export function useDebouncedJson<T>(url: string | null, delayMs = 150) {
  const [latest, setLatest] = useState<JsonAnswer<T> | null>(null);

  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(url, { signal: controller.signal });
        if (!response.ok) throw new Error(`status ${response.status}`);
        setLatest({ url, data: (await response.json()) as T });
      } catch (error) {
        if (!controller.signal.aborted) setLatest({ url, error: (error as Error).message });
      }
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, delayMs]);

  const current = url !== null && latest?.url === url ? latest : null;
  return { current, latest, pending: url !== null && current === null };
}
