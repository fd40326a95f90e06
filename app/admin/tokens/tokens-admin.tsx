import { columnFactory } from "@/components/data-table/columns";
import { StaticDataTable } from "@/components/data-table/static-data-table";
import type { ApiTokenSummary } from "@/lib/auth/tokens";
import type { UserSummary } from "@/lib/auth/users";
import { NewTokenForm } from "./new-token-form";
import { RevokeButton } from "./revoke-button";

const column = columnFactory<ApiTokenSummary>();

const columns = [
  column.display("token", { label: "Token" }, (token) => (
    <>
      <div className="font-medium">{token.name}</div>
      <code className="text-xs">{token.prefix}…</code>
    </>
  )),
  column.display("user", { label: "Acts as" }, (token) => (
    <>
      {token.user.email} <span className="text-xs">({token.user.role})</span>
    </>
  )),
  column.value("created", (token) => token.createdAt.slice(0, 10), { label: "Created", className: "tabular-nums" }),
  column.value("lastUsed", (token) => token.lastUsedAt?.slice(0, 16).replace("T", " ") ?? "never", {
    label: "Last used",
    className: "tabular-nums",
  }),
  column.display("actions", { label: "Actions", hideLabel: true, align: "end" }, (token) =>
    token.revokedAt ? <span>Revoked {token.revokedAt.slice(0, 10)}</span> : <RevokeButton token={token} />,
  ),
];

/** The API tokens, each revocable, beside the form that creates one. */
export function TokensAdmin({
  tokens,
  users,
  currentUserId,
}: {
  tokens: ApiTokenSummary[];
  users: UserSummary[];
  currentUserId: string;
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <StaticDataTable
        columns={columns}
        data={tokens}
        getRowId={(token) => token.id}
        label="API tokens"
        rowClassName={(token) => (token.revokedAt ? "text-slate-400" : "")}
        frameClassName="lg:col-span-2"
        empty={
          <p className="p-6 text-sm text-slate-600">
            No API tokens yet. Create one for each script that writes to the tracker.
          </p>
        }
      />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <NewTokenForm users={users} currentUserId={currentUserId} />
      </div>
    </div>
  );
}
