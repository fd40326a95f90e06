"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type IntakeDraft, emptyDraft, isIntakeDraft } from "@/lib/intake/draft";

const STORAGE_KEY = "commitment-tracker:intake-draft";

export type RestoredDraft = { draft: IntakeDraft; notice: string | null };

/** The draft kept in this browser, if any (call only in the browser, e.g. in a lazy state initializer). */
export function restoreDraft(today: string): RestoredDraft {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw === null) return { draft: emptyDraft(today), notice: null };
  let stored: unknown = null;
  try {
    stored = JSON.parse(raw);
  } catch {
    stored = null;
  }
  if (isIntakeDraft(stored)) return { draft: stored, notice: "Your draft was restored from this browser." };
  removeStoredDraft();
  return {
    draft: emptyDraft(today),
    notice: "A draft kept in this browser could not be read (another version made it) and was set aside.",
  };
}

function removeStoredDraft() {
  window.localStorage.removeItem(STORAGE_KEY);
}

/**
 * Keeps the draft in localStorage shortly after each change and when the page is left (a reload, a closed
 * tab), so nothing is lost; an empty draft is removed. Says so when the browser refuses (storage full or
 * disabled). `forget` removes the kept draft for good: a write still waiting from an earlier change is
 * dropped, or it would bring a saved draft back.
 */
export function useKeepDraft(draft: IntakeDraft): { failure: string | null; forget: () => void } {
  const [failure, setFailure] = useState<string | null>(null);
  const latest = useRef<IntakeDraft | null>(draft);
  const pending = useRef<number | undefined>(undefined);
  const write = useCallback(() => {
    window.clearTimeout(pending.current);
    const current = latest.current;
    if (current === null) return;
    if (!current.text.trim()) {
      removeStoredDraft();
      return;
    }
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
      setFailure(null);
    } catch (error) {
      setFailure(`This draft could not be kept in the browser (${(error as Error).name}); save it before leaving.`);
    }
  }, []);
  const forget = useCallback(() => {
    window.clearTimeout(pending.current);
    latest.current = null;
    removeStoredDraft();
  }, []);
  useEffect(() => {
    latest.current = draft;
    pending.current = window.setTimeout(write, 300);
    return () => window.clearTimeout(pending.current);
  }, [draft, write]);
  useEffect(() => {
    window.addEventListener("pagehide", write);
    return () => window.removeEventListener("pagehide", write);
  }, [write]);
  return { failure, forget };
}
