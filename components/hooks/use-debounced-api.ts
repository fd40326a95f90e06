"use client";

import { useEffect, useState } from "react";
import { type ApiData, type CallInput, type OperationName, api } from "@/components/forms/api-client";

/** What one call answered: its data, or why it failed. `key` names the call (operation and input). */
export type DebouncedAnswer<T> =
  { key: string; data: T; error?: undefined } | { key: string; data?: undefined; error: string };

/**
 * Calls a declared GET operation once its input has stayed the same for `delayMs` (while someone types),
 * cancelling the call the next keystroke makes stale. `current` is the answer for the input as it is now
 * (null while waiting, or when `input` is null); `latest` is the last answer of all, to keep showing until
 * the new one comes.
 */
export function useDebouncedApi<K extends OperationName>(name: K, input: CallInput<K> | null, delayMs = 150) {
  const [latest, setLatest] = useState<DebouncedAnswer<ApiData<K>> | null>(null);
  // The input is compared by value: a new object with the same content is the same call.
  const key = input === null ? null : `${name} ${JSON.stringify(input)}`;

  useEffect(() => {
    if (key === null) return;
    const call = JSON.parse(key.slice(name.length + 1)) as CallInput<K>;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const answer = await api(name, call, controller.signal);
        setLatest(answer.ok ? { key, data: answer.data } : { key, error: answer.error.message });
      } catch (error) {
        if (!controller.signal.aborted) throw error;
      }
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [name, key, delayMs]);

  const current = key !== null && latest?.key === key ? latest : null;
  return { current, latest, pending: key !== null && current === null };
}
