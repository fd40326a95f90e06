"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { deferred } from "@/components/ui/deferred";
import { hasRole } from "@/lib/auth/roles";
import { ACCOUNT_BUTTON_CLASS, AccountButtonContent, MENU_BUTTON_CLASS, type NavActor } from "./nav-buttons";
import { type NavLink, NavLinks } from "./nav-links";

export type { NavActor } from "./nav-buttons";

const LINKS = [
  { href: "/", label: "Dashboard" },
  { href: "/commitments", label: "Commitments" },
  { href: "/companies", label: "Companies" },
  { href: "/regions", label: "Regions" },
] as const;
/** For anyone signed in. */
const ACCOUNT_LINKS = [
  { href: "/inbox", label: "Inbox" },
  { href: "/following", label: "Following" },
] as const;
const EDITOR_LINKS = [
  { href: "/intake", label: "Intake" },
  { href: "/imports", label: "Import" },
] as const;

// React Aria is a quarter of a page's first-load script, so the menus built on it are fetched after the page's
// own script, disabled buttons of the same look standing in until then (React Aria's buttons act on pointer
// events, which React does not replay once the code arrives).
const AccountMenu = deferred(() => import("./nav-menus").then((menus) => menus.AccountMenu), AccountStandIn);
const NavMenu = deferred(() => import("./nav-menus").then((menus) => menus.NavMenu), MenuStandIn);

/** `inboxBadge`: the unread count, rendered on the server, shown beside the Inbox link. */
export function NavBar({ actor, inboxBadge }: { actor: NavActor; inboxBadge?: ReactNode }) {
  const pathname = usePathname();
  const account = ACCOUNT_LINKS.map((link) => (link.href === "/inbox" ? { ...link, badge: inboxBadge } : link));
  const links = [...LINKS, ...(actor ? account : []), ...(hasRole(actor?.role, "editor") ? EDITOR_LINKS : [])];
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-3 sm:gap-6 sm:px-6">
        <NavMenu links={links} pathname={pathname} />
        <Link href="/" className="flex min-w-0 items-center gap-2 font-semibold text-slate-900">
          <span
            aria-hidden
            className="inline-block h-5 w-5 shrink-0 rounded bg-gradient-to-br from-blue-600 to-green-600"
          />
          <span className="truncate">Commitment Tracker</span>
        </Link>
        <div className="hidden lg:block">
          <NavLinks links={links} pathname={pathname} />
        </div>
        <div className="ml-auto shrink-0">
          {actor ? (
            <AccountMenu actor={actor} />
          ) : (
            <Link
              href={`/sign-in?next=${encodeURIComponent(pathname)}`}
              className="rounded-md px-3 py-1.5 text-sm text-blue-700 hover:bg-blue-50"
            >
              Sign in
            </Link>
          )}
        </div>
      </nav>
    </header>
  );
}

function MenuStandIn(_: { links: readonly NavLink[]; pathname: string }) {
  return (
    <button type="button" disabled className={MENU_BUTTON_CLASS}>
      Menu
    </button>
  );
}

function AccountStandIn({ actor }: { actor: NonNullable<NavActor> }) {
  return (
    <button type="button" disabled aria-label={`Account: ${actor.email}`} className={ACCOUNT_BUTTON_CLASS}>
      <AccountButtonContent actor={actor} />
    </button>
  );
}
