"use client";

import { useEffect, useEffectEvent } from "react";

export type ReviewKeyActions = {
  move: (by: number) => void;
  accept: () => void;
  reject: () => void;
  undo: () => void;
};

/** Whether a key press belongs to something the analyst is typing in or a dialog, not to the review. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    target.closest("[role=dialog],[role=alertdialog],[role=listbox],[role=menu]") !== null
  );
}

/**
 * The review's keys: j / ↓ next candidate, k / ↑ previous, a accept, r reject, u back to review. Ignored
 * while typing in a field or inside a dialog, and with a modifier held (browser shortcuts stay).
 */
export function useReviewKeys(enabled: boolean, actions: ReviewKeyActions) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    const handlers: Record<string, () => void> = {
      j: () => actions.move(1),
      ArrowDown: () => actions.move(1),
      k: () => actions.move(-1),
      ArrowUp: () => actions.move(-1),
      a: actions.accept,
      r: actions.reject,
      u: actions.undo,
    };
    const handler = handlers[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [enabled]);
}
