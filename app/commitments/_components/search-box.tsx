"use client";

import { useEffect, useRef, useState } from "react";
import { useExplorer } from "./explorer-context";
import { SearchBoxFrame, searchInputLook } from "./toolbar-looks";

/** Free-text search over title, summary and source location; "/" focuses it from anywhere on the page. */
export function SearchBox({ value }: { value?: string }) {
  const { setFilters } = useExplorer();
  const [text, setText] = useState(value ?? "");
  const input = useRef<HTMLInputElement>(null);

  // Follow the URL (back button, cleared filters) unless the analyst is typing.
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (!focused) setText(value ?? "");
  }

  useEffect(() => {
    const wanted = text.trim();
    if (wanted === (value ?? "")) return;
    const timer = setTimeout(() => setFilters({ q: wanted || null }), 350);
    return () => clearTimeout(timer);
  }, [text, value, setFilters]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
      if (event.key === "/" && !typing && !event.metaKey && !event.ctrlKey) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <SearchBoxFrame>
      <input
        ref={input}
        {...searchInputLook}
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onKeyDown={(e) => {
          if (e.key === "Enter") setFilters({ q: text.trim() || null });
        }}
      />
    </SearchBoxFrame>
  );
}
