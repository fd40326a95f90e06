"use client";

import { useEffect, useMemo, useRef } from "react";
import type { DraftItem } from "@/lib/intake/draft";
import { segmentText } from "@/lib/text/ranges";
import { markClasses } from "./kind-style";

export type TextSelection = { start: number; end: number };

/** The offset into the statement of a DOM position inside the rendered text (each piece carries its start). */
function offsetOf(container: HTMLElement, node: Node, offset: number, length: number): number | null {
  if (!container.contains(node)) return null;
  if (node === container) {
    const child = container.children[offset] as HTMLElement | undefined;
    return child ? Number(child.dataset.start) : length;
  }
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>("[data-start]");
  if (!piece) return null;
  const within = node.nodeType === Node.TEXT_NODE ? offset : offset === 0 ? 0 : (piece.textContent?.length ?? 0);
  return Number(piece.dataset.start) + within;
}

/**
 * The statement with each candidate highlighted by kind (stronger once accepted, struck through once
 * rejected). Clicking a highlight picks its candidate; selecting text reports the selection's offsets so a
 * missed commitment can be added.
 */
export function AnnotatedStatement({
  text,
  language,
  items,
  activeKey,
  onPick,
  onSelection,
}: {
  text: string;
  language: string;
  items: DraftItem[];
  activeKey: string | null;
  onPick: (key: string) => void;
  onSelection: (selection: TextSelection | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const byKey = useMemo(() => new Map(items.map((item) => [item.key, item])), [items]);
  const segments = useMemo(
    () =>
      segmentText(
        text,
        items.map((item) => ({ start: item.start, end: item.end, key: item.key })),
      ),
    [text, items],
  );

  useEffect(() => {
    const onChange = () => {
      const root = container.current;
      const selection = window.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return;
      const start = offsetOf(root, range.startContainer, range.startOffset, text.length);
      const end = offsetOf(root, range.endContainer, range.endOffset, text.length);
      onSelection(start !== null && end !== null && end > start ? { start, end } : null);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [text.length, onSelection]);

  const anchored = new Set<string>();
  return (
    <div
      ref={container}
      lang={language || undefined}
      data-testid="annotated-statement"
      className="whitespace-pre-wrap break-words text-[15px] leading-7 text-slate-800"
    >
      {segments.map((segment) => {
        if (segment.keys.length === 0) {
          return (
            <span key={segment.start} data-start={segment.start}>
              {segment.text}
            </span>
          );
        }
        const item = byKey.get(segment.keys[0]!)!;
        const active = segment.keys.includes(activeKey ?? "");
        const first = anchored.has(item.key) ? undefined : `mark-${item.key}`;
        anchored.add(item.key);
        return (
          <mark
            key={segment.start}
            id={first}
            data-start={segment.start}
            data-kind={item.kind}
            data-decision={item.decision}
            onClick={() => onPick(item.key)}
            className={`cursor-pointer scroll-my-16 rounded-sm px-0.5 text-inherit ${markClasses(item.kind, item.decision)} ${active ? "outline-2 outline-slate-900" : ""}`}
          >
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
