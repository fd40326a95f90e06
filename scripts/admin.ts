import { parseArgs } from "node:util";
import { openDatabase } from "../db/client";
import { readDatabaseConfig } from "../db/config";
import type { AuditActor } from "../lib/audit/record";
import { newTokenSchema, newUserSchema, roleField } from "../lib/auth/schemas";
import { createApiToken, listApiTokens, revokeApiToken } from "../lib/auth/tokens";
import { createUser, findUser, listUsers, setUserRole } from "../lib/auth/users";
import { DomainError } from "../lib/errors";
import { zodFieldErrors } from "../lib/validation";

const USAGE = `Usage: npm run admin -- <command> [options]

  create-user  --email E --password P --role viewer|editor|admin [--name N]
  create-token --email E --name N        prints the token once; it acts as that account
  set-role     --email E --role viewer|editor|admin
  revoke-token --id ID
  list-users
  list-tokens

On the embedded database, stop the server first (one process per data directory),
or use the admin screens at /admin instead.`;

const CLI: AuditActor = { id: null, label: "command line" };

class UsageError extends Error {}

function invalid(error: import("zod").ZodError): never {
  const fields = zodFieldErrors(error);
  throw new UsageError(
    Object.entries(fields)
      .map(([f, m]) => `--${f} ${m}`)
      .join("\n"),
  );
}

async function main(argv: string[]): Promise<string> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      id: { type: "string" },
    },
    strict: true,
  });
  if (!command || command === "help" || command === "--help") return USAGE;

  const handle = await openDatabase(readDatabaseConfig());
  try {
    await handle.migrate();
    const db = handle.db;
    switch (command) {
      case "create-user": {
        const input = newUserSchema.safeParse({
          email: values.email,
          password: values.password,
          role: values.role,
          name: values.name,
        });
        if (!input.success) invalid(input.error);
        const created = await createUser(db, input.data, CLI);
        return `Created ${created.role} account ${created.email} (id ${created.id}).`;
      }
      case "create-token": {
        const input = newTokenSchema.safeParse({ user: values.email, name: values.name });
        if (!input.success) invalid(input.error);
        const owner = await findUser(db, input.data.user ?? "");
        if (!owner) throw new UsageError(`No account has the email ${values.email ?? "(none given: use --email)"}.`);
        const { token, summary } = await createApiToken(db, { userId: owner.id, name: input.data.name }, CLI);
        return [
          `Created API token "${summary.name}" acting as ${owner.email} (${owner.role}). It is shown only now:`,
          "",
          token,
          "",
          `Use it as: Authorization: Bearer ${token.slice(0, 8)}…   Revoke: npm run admin -- revoke-token --id ${summary.id}`,
        ].join("\n");
      }
      case "set-role": {
        const role = roleField.safeParse(values.role);
        if (!role.success) invalid(role.error);
        const account = await findUser(db, values.email ?? "");
        if (!account) throw new UsageError(`No account has the email ${values.email ?? "(none given: use --email)"}.`);
        const updated = await setUserRole(db, account.id, role.data, CLI);
        return `${updated.email} is now ${updated.role}.`;
      }
      case "revoke-token": {
        if (!values.id) throw new UsageError("--id is required (see list-tokens).");
        const revoked = await revokeApiToken(db, values.id, CLI);
        return `Revoked API token "${revoked.name}" (${revoked.prefix}…).`;
      }
      case "list-users":
        return (
          (await listUsers(db)).map((u) => `${u.email}\t${u.role}\t${u.name}\t${u.id}`).join("\n") || "No accounts."
        );
      case "list-tokens":
        return (
          (await listApiTokens(db))
            .map(
              (t) =>
                `${t.id}\t${t.name}\t${t.prefix}…\t${t.user.email}\t${t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : "active"}`,
            )
            .join("\n") || "No API tokens."
        );
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (output) => {
    console.log(output);
    process.exit(0);
  },
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      error instanceof DomainError ||
      (error as Error).name === "DatabaseConfigError"
    ) {
      const fields =
        error instanceof DomainError && error.fields
          ? `\n${Object.entries(error.fields)
              .map(([f, m]) => `--${f} ${m}`)
              .join("\n")}`
          : "";
      console.error(`Error: ${(error as Error).message}${fields}`);
    } else if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`Error: ${(error as Error).message}\n\n${USAGE}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
