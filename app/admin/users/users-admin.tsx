import { columnFactory } from "@/components/data-table/columns";
import { StaticDataTable } from "@/components/data-table/static-data-table";
import type { UserSummary } from "@/lib/auth/users";
import { NewAccountForm } from "./new-account-form";
import { RoleSelect } from "./role-select";

const column = columnFactory<UserSummary>();

function accountColumns(currentUserId: string) {
  return [
    column.display("account", { label: "Account" }, (user) => (
      <>
        <div className="font-medium text-slate-900">{user.name}</div>
        <div className="text-slate-600">{user.email}</div>
      </>
    )),
    column.display("role", { label: "Role" }, (user) => (
      <>
        <RoleSelect user={user} disabled={false} />
        {user.id === currentUserId && <p className="mt-1 text-xs text-slate-500">This is you.</p>}
      </>
    )),
    column.value("since", (user) => user.createdAt.slice(0, 10), {
      label: "Since",
      className: "tabular-nums text-slate-600",
    }),
  ];
}

/** The accounts, each with its role to change, beside the form that creates one. */
export function UsersAdmin({ users, currentUserId }: { users: UserSummary[]; currentUserId: string }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <StaticDataTable
        columns={accountColumns(currentUserId)}
        data={users}
        getRowId={(user) => user.id}
        label="Accounts"
        frameClassName="lg:col-span-2"
      />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <NewAccountForm />
      </div>
    </div>
  );
}
