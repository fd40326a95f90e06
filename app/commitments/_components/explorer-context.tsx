"use client";

import { type inferParserType, useQueryStates } from "nuqs";
import { type ReactNode, createContext, use, useTransition } from "react";
import { explorerUrlState } from "@/lib/commitments/url-state";

type UrlPatch = Partial<{ [K in keyof typeof explorerUrlState]: inferParserType<(typeof explorerUrlState)[K]> | null }>;

type Explorer = {
  /** True while the server is answering a change of filters, sort or page. */
  isPending: boolean;
  /** Changes filters: goes back to the first page, and pushes a history entry (the back button undoes it). */
  setFilters: (patch: UrlPatch) => void;
  /** Changes anything else in the URL (page, sort, columns) as given. */
  setUrl: (patch: UrlPatch) => void;
};

const ExplorerContext = createContext<Explorer | null>(null);

export function ExplorerProvider({ children }: { children: ReactNode }) {
  const [isPending, startTransition] = useTransition();
  const [, set] = useQueryStates(explorerUrlState, { shallow: false, history: "push", startTransition });
  const value: Explorer = {
    isPending,
    setFilters: (patch) => void set({ ...patch, page: null }),
    setUrl: (patch) => void set(patch),
  };
  return <ExplorerContext value={value}>{children}</ExplorerContext>;
}

export function useExplorer(): Explorer {
  const explorer = use(ExplorerContext);
  if (!explorer) throw new Error("useExplorer must be used inside <ExplorerProvider>");
  return explorer;
}
