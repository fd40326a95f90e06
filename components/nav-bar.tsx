"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Dialog, DialogTrigger, Menu, MenuItem, MenuTrigger, Popover, Separator } from "react-aria-components";
import { send } from "@/components/forms/api-client";
import { hasRole } from "@/lib/auth/roles";

export type NavActor = { name: string; email: string; role: string } | null;

const LINKS = [
  { href: "/", label: "Dashboard" },
  { href: "/commitments", label: "Commitments" },
  { href: "/companies", label: "Companies" },
  { href: "/regions", label: "Regions" },
] as const;
const EDITOR_LINKS = [
  { href: "/intake", label: "Intake" },
  { href: "/imports", label: "Import" },
] as const;

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

const menuItem = "block cursor-pointer rounded px-2 py-1.5 text-sm outline-none data-[focused]:bg-slate-100";

function AccountMenu({ actor }: { actor: NonNullable<NavActor> }) {
  const router = useRouter();
  async function signOut() {
    await send("POST", "/api/auth/sign-out", {});
    router.push("/");
    router.refresh();
  }
  return (
    <MenuTrigger>
      <Button
        aria-label={`Account: ${actor.email}`}
        className="flex items-center gap-2 rounded-md px-2 py-1 text-sm text-slate-700 outline-none hover:bg-slate-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600"
      >
        <span className="max-w-28 truncate sm:max-w-48">{actor.name}</span>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{actor.role}</span>
        <span aria-hidden className="text-xs text-slate-400">
          ▾
        </span>
      </Button>
      <Popover
        placement="bottom end"
        className="w-56 rounded-lg border border-slate-200 bg-white p-1 shadow-lg outline-none"
      >
        <Menu aria-label="Account" className="outline-none">
          <MenuItem className={`${menuItem} text-slate-500`} isDisabled textValue={actor.email}>
            {actor.email}
          </MenuItem>
          <Separator className="my-1 border-t border-slate-100" />
          <MenuItem href="/account" className={menuItem}>
            Account and password
          </MenuItem>
          {actor.role === "admin" && (
            <MenuItem href="/admin/users" className={menuItem}>
              Administration
            </MenuItem>
          )}
          <MenuItem onAction={signOut} className={menuItem}>
            Sign out
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

type NavLink = { href: string; label: string };

function NavLinks({
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
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** On narrow screens the links sit behind a menu button instead of in the bar. */
function NavMenu({ links, pathname }: { links: readonly NavLink[]; pathname: string }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 outline-none hover:bg-slate-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600 md:hidden">
        Menu
      </Button>
      <Popover
        placement="bottom start"
        className="w-56 max-w-[calc(100vw-1.5rem)] rounded-lg border border-slate-200 bg-white p-1 shadow-lg outline-none"
      >
        <Dialog aria-label="Navigation" className="outline-none">
          <NavLinks links={links} pathname={pathname} vertical onNavigate={() => setOpen(false)} />
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

export function NavBar({ actor }: { actor: NavActor }) {
  const pathname = usePathname();
  const links = hasRole(actor?.role, "editor") ? [...LINKS, ...EDITOR_LINKS] : LINKS;
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
        <div className="hidden md:block">
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
