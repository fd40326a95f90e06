"use client";

import { type inferParserType, useQueryStates } from "nuqs";
import { type ReactNode, createContext, use, useTransition } from "react";
import { explorerUrlState, listParsers } from "@/lib/commitments/url-state";

type UrlState = inferParserType<typeof explorerUrlState>;

/** A change of the URL: null puts a key back to its default; `sort` may also be given as written (`-title`). */
type UrlPatch = { [K in Exclude<keyof UrlState, "sort">]?: UrlState[K] | null } & {
  sort?: UrlState["sort"] | string | null;
};

type Explorer = {
  /** True while the server is answering a change of filters, sort or page. */
  isPending: boolean;
  /** Changes filters: goes back to the first page, and pushes a history entry (the back button undoes it). */
  setFilters: (patch: UrlPatch) => void;
  /** Changes anything else in the URL (page, sort, columns) as given. */
  setUrl: (patch: UrlPatch) => void;
};

const ExplorerContext = createContext<Explorer | null>(null);

/** A sort written as in the URL is read as the URL would be (an unknown key goes back to the default). */
const readSort = ({ sort, ...rest }: UrlPatch) =>
  typeof sort === "string" ? { ...rest, sort: listParsers.sort.parse(sort) } : { ...rest, sort };

export function ExplorerProvider({ children }: { children: ReactNode }) {
  const [isPending, startTransition] = useTransition();
  const [, set] = useQueryStates(explorerUrlState, { shallow: false, history: "push", startTransition });
  const value: Explorer = {
    isPending,
    setFilters: (patch) => void set({ ...readSort(patch), page: null }),
    setUrl: (patch) => void set(readSort(patch)),
  };
  return <ExplorerContext value={value}>{children}</ExplorerContext>;
}

export function useExplorer(): Explorer {
  const explorer = use(ExplorerContext);
  if (!explorer) throw new Error("useExplorer must be used inside <ExplorerProvider>");
  return explorer;
}
