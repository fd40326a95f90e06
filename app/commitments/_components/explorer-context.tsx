"use client";

import { type inferParserType, useQueryStates } from "nuqs";
import { usePendingNavigation } from "@/components/ui/pending-navigation";
import { explorerUrlState } from "@/lib/commitments/url-state";

// Used by the explorer's filters and menus only, which load after the page: the URL parsers (and the zod
// schemas behind them) are not part of the page's first script.

type UrlState = inferParserType<typeof explorerUrlState>;

/** A change of the URL: null puts a key back to its default. */
type UrlPatch = { [K in keyof UrlState]?: UrlState[K] | null };

type Explorer = {
  /** Changes filters: goes back to the first page, and pushes a history entry (the back button undoes it). */
  setFilters: (patch: UrlPatch) => void;
  /** Changes anything else in the URL (the columns) as given. */
  setUrl: (patch: UrlPatch) => void;
};

/** Changes the explorer's address inside the page's navigation transition, so that the table shows it waits. */
export function useExplorer(): Explorer {
  const { startTransition } = usePendingNavigation();
  const [, set] = useQueryStates(explorerUrlState, { shallow: false, history: "push", startTransition });
  return {
    setFilters: (patch) => void set({ ...patch, page: null }),
    setUrl: (patch) => void set(patch),
  };
}
