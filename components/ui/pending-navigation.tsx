"use client";

import { useRouter } from "next/navigation";
import {
  type ComponentProps,
  type MouseEvent,
  type ReactNode,
  type TransitionStartFunction,
  createContext,
  use,
  useTransition,
} from "react";

type PendingNavigation = { isPending: boolean; startTransition: TransitionStartFunction };

const PendingContext = createContext<PendingNavigation | null>(null);

/**
 * One transition for every change of a page's address made inside it (a sort link, a page link, a filter), so
 * that the part of the page those changes redraw can say it is waiting (PendingFrame).
 */
export function PendingNavigationProvider({ children }: { children: ReactNode }) {
  const [isPending, startTransition] = useTransition();
  return <PendingContext value={{ isPending, startTransition }}>{children}</PendingContext>;
}

export function usePendingNavigation(): PendingNavigation {
  const pending = use(PendingContext);
  if (!pending) throw new Error("usePendingNavigation must be used inside <PendingNavigationProvider>");
  return pending;
}

const opensElsewhere = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/**
 * A plain link (it opens in a new tab, copies and works before scripts) that, clicked, changes the address
 * inside the page's transition and keeps the scroll position. Never prefetched: its targets are live queries.
 */
export function PendingLink({ href, children, ...anchor }: ComponentProps<"a"> & { href: string }) {
  const { startTransition } = usePendingNavigation();
  const router = useRouter();
  return (
    <a
      {...anchor}
      href={href}
      onClick={(event) => {
        if (event.defaultPrevented || opensElsewhere(event)) return;
        event.preventDefault();
        startTransition(() => router.push(href, { scroll: false }));
      }}
    >
      {children}
    </a>
  );
}

/** A select whose every option is an address: choosing one goes there (a page size, for instance). */
export function PendingSelect({
  options,
  value,
  ...select
}: Omit<ComponentProps<"select">, "onChange" | "value"> & {
  options: { value: string; label: string; href: string }[];
  value: string;
}) {
  const { startTransition } = usePendingNavigation();
  const router = useRouter();
  return (
    <select
      {...select}
      value={value}
      onChange={(event) => {
        const chosen = options.find((option) => option.value === event.target.value);
        if (chosen) startTransition(() => router.push(chosen.href, { scroll: false }));
      }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** Dims what it holds, and says "Loading" to screen readers, while the page's address is changing. */
export function PendingFrame({ children, className = "" }: { children: ReactNode; className?: string }) {
  const { isPending } = usePendingNavigation();
  return (
    <div
      className={`relative transition-opacity ${isPending ? "opacity-60" : ""} ${className}`}
      aria-busy={isPending || undefined}
    >
      {isPending && (
        <div role="status" className="absolute inset-x-0 top-0 z-10 h-0.5 animate-pulse bg-blue-600">
          <span className="sr-only">Loading</span>
        </div>
      )}
      {children}
    </div>
  );
}
