"use client";

// The account menu and the narrow screens' navigation menu, built on React Aria. Loaded after the page (see
// nav-bar.tsx), so that pages which need React Aria for nothing else do not download it first.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Dialog, DialogTrigger, Menu, MenuItem, MenuTrigger, Popover, Separator } from "react-aria-components";
import { send } from "@/components/forms/api-client";
import { ACCOUNT_BUTTON_CLASS, AccountButtonContent, MENU_BUTTON_CLASS, type NavActor } from "./nav-buttons";
import { type NavLink, NavLinks } from "./nav-links";

const menuItem = "block cursor-pointer rounded px-2 py-1.5 text-sm outline-none data-[focused]:bg-slate-100";

export function AccountMenu({ actor }: { actor: NonNullable<NavActor> }) {
  const router = useRouter();
  async function signOut() {
    await send("POST", "/api/auth/sign-out", {});
    router.push("/");
    router.refresh();
  }
  return (
    <MenuTrigger>
      <Button aria-label={`Account: ${actor.email}`} className={ACCOUNT_BUTTON_CLASS}>
        <AccountButtonContent actor={actor} />
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

/** On narrow screens the links sit behind a menu button instead of in the bar. */
export function NavMenu({ links, pathname }: { links: readonly NavLink[]; pathname: string }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button className={MENU_BUTTON_CLASS}>Menu</Button>
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
