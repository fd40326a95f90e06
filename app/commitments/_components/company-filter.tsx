"use client";

import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { commitmentUrlState } from "@/lib/commitments/url-state";

export type CompanyOption = { slug: string; name: string; parentName: string | null };

export function CompanyFilter({ options, value }: { options: CompanyOption[]; value: string | undefined }) {
  const [isPending, startTransition] = useTransition();
  const [, setUrl] = useQueryStates(commitmentUrlState, { shallow: false, history: "push", startTransition });
  // The URL may name the company by name or alias; show the option it resolves to when it is a slug.
  const known = options.some((o) => o.slug === value);
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      Company
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        value={value ?? ""}
        aria-busy={isPending}
        onChange={(e) => void setUrl({ company: e.target.value || null, page: null })}
      >
        <option value="">All companies</option>
        {value && !known && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.parentName ? `${o.name} (part of ${o.parentName})` : o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
