import Link from "next/link";
import type { ReactNode } from "react";

export type NavLink = { href: string; label: string; badge?: ReactNode };

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({
  links,
  pathname,
  onNavigate,
  vertical = false,
}: {
  links: readonly NavLink[];
  pathname: string;
  onNavigate?: () => void;
  vertical?: boolean;
}) {
  return (
    <ul className={vertical ? "flex flex-col gap-0.5 text-sm" : "flex items-center gap-1 text-sm"}>
      {links.map((link) => {
        const active = isActive(pathname, link.href);
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={active ? "page" : undefined}
              onClick={onNavigate}
              className={`block rounded-md px-3 py-1.5 ${active ? "bg-slate-100 font-medium text-slate-900" : "text-slate-600 hover:bg-slate-50 hover:text-slate-900"}`}
            >
              {link.label}
              {link.badge}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
