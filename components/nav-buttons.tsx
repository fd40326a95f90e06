// What the navigation's two menu buttons look like, shared by the React Aria menus (nav-menus.tsx) and the
// inert stand-ins shown until those are loaded (nav-bar.tsx), so that nothing moves when they swap.

export type NavActor = { name: string; email: string; role: string } | null;

export const ACCOUNT_BUTTON_CLASS =
  "flex items-center gap-2 rounded-md px-2 py-1 text-sm text-slate-700 outline-none hover:bg-slate-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600";

export const MENU_BUTTON_CLASS =
  "rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 outline-none hover:bg-slate-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600 lg:hidden";

export function AccountButtonContent({ actor }: { actor: NonNullable<NavActor> }) {
  return (
    <>
      <span className="max-w-28 truncate sm:max-w-48">{actor.name}</span>
      <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{actor.role}</span>
      <span aria-hidden className="text-xs text-slate-400">
        ▾
      </span>
    </>
  );
}
