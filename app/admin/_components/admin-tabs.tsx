"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "/admin/users", label: "Accounts" },
  { href: "/admin/tokens", label: "API tokens" },
  { href: "/admin/rates", label: "Currency rates" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/deleted", label: "Deleted" },
  { href: "/admin/jobs", label: "Background jobs" },
] as const;

export function AdminTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Administration" className="mb-6 flex flex-wrap gap-x-1 border-b border-slate-200">
      {TABS.map((tab) => {
        const active = pathname.startsWith(tab.href);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${active ? "border-blue-600 font-medium text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
