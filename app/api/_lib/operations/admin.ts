import { auditQuerySchema, listAudit } from "@/lib/audit/queries";
import { auditActorOf } from "@/lib/auth/actor";
import { newTokenSchema, newUserSchema, roleChangeSchema } from "@/lib/auth/schemas";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/auth/tokens";
import { createUser, findUser, listUsers, setUserRole } from "@/lib/auth/users";
import { todayIso } from "@/lib/dates";
import { invalid } from "@/lib/errors";
import { ratesSchema, replaceRates } from "@/lib/rates/mutations";
import { operation } from "../operation";
import { textIdParams } from "../params";
import { auditEntryResponse, createdTokenResponse, tokenResponse, userResponse } from "../responses/admin";
import { listOf, pageOf } from "../responses/common";
import { ratesResponse } from "../responses/reference";
import { writer } from "../route";

const tag = "Administration";

export const listUsersOp = operation({
  method: "GET",
  path: "/api/v1/admin/users",
  id: "listUsers",
  tag,
  summary: "All accounts",
  access: "admin",
  response: listOf(userResponse),
  examples: [{ name: "Everyone" }],
  run: async ({ db }) => ({ data: await listUsers(db) }),
});

export const createUserOp = operation({
  method: "POST",
  path: "/api/v1/admin/users",
  id: "createUser",
  tag,
  summary: "Create an account",
  access: "admin",
  body: newUserSchema,
  status: 201,
  response: userResponse,
  errors: ["conflict"],
  examples: [
    { name: "An editor", body: { email: "analyst@example.org", password: "a long passphrase", role: "editor" } },
  ],
  run: async ({ db, body, actor }) => createUser(db, body, auditActorOf(writer(actor))),
});

export const changeRoleOp = operation({
  method: "PATCH",
  path: "/api/v1/admin/users/{id}",
  id: "changeRole",
  tag,
  summary: "Change an account's role",
  description: "The last admin cannot be demoted (409).",
  access: "admin",
  params: textIdParams,
  body: roleChangeSchema,
  response: userResponse,
  errors: ["conflict"],
  run: async ({ db, params, body, actor }) => setUserRole(db, params.id, body.role, auditActorOf(writer(actor))),
});

export const listTokensOp = operation({
  method: "GET",
  path: "/api/v1/admin/tokens",
  id: "listTokens",
  tag,
  summary: "All API tokens, revoked ones included",
  access: "admin",
  response: listOf(tokenResponse),
  examples: [{ name: "Every token" }],
  run: async ({ db }) => ({ data: await listApiTokens(db) }),
});

export const createTokenOp = operation({
  method: "POST",
  path: "/api/v1/admin/tokens",
  id: "createToken",
  tag,
  summary: "Create an API token",
  description: "The answer carries the token itself, which is never shown again. `user` defaults to the caller.",
  access: "admin",
  body: newTokenSchema,
  status: 201,
  response: createdTokenResponse,
  examples: [{ name: "For a script", body: { name: "nightly export" } }],
  run: async ({ db, body, actor }) => {
    const admin = writer(actor);
    const owner = await findUser(db, body.user ?? admin.userId);
    if (!owner) throw invalid("There is no such account.", { user: `no account has the id or email "${body.user}"` });
    const { token, summary } = await createApiToken(db, { userId: owner.id, name: body.name }, auditActorOf(admin));
    return { ...summary, token };
  },
});

export const revokeTokenOp = operation({
  method: "DELETE",
  path: "/api/v1/admin/tokens/{id}",
  id: "revokeToken",
  tag,
  summary: "Revoke an API token",
  description: "It stops working at once and stays listed as revoked.",
  access: "admin",
  params: textIdParams,
  response: tokenResponse,
  errors: ["conflict"],
  run: async ({ db, params, actor }) => revokeApiToken(db, params.id, auditActorOf(writer(actor))),
});

export const listAuditOp = operation({
  method: "GET",
  path: "/api/v1/admin/audit",
  id: "listAudit",
  tag,
  summary: "The audit log, newest first",
  access: "admin",
  query: auditQuerySchema,
  response: pageOf(auditEntryResponse),
  examples: [{ name: "Recent changes" }, { name: "Status changes", query: { action: "status_change" } }],
  run: async ({ db, query }) => {
    const { data, total } = await listAudit(db, query);
    return { data, page: query.page, perPage: query.perPage, total };
  },
});

export const replaceRatesOp = operation({
  method: "PUT",
  path: "/api/v1/admin/rates",
  id: "replaceRates",
  tag,
  summary: "Replace the exchange rates",
  access: "admin",
  body: ratesSchema,
  response: ratesResponse,
  examples: [
    {
      name: "Two rates",
      body: {
        reportingCurrency: "USD",
        rates: [
          { currency: "EUR", rate: 1.08, asOf: "2024-01-02" },
          { currency: "CNY", rate: 0.14, asOf: "2024-01-02" },
        ],
      },
    },
  ],
  run: async ({ db, body, actor }) => replaceRates(db, body, auditActorOf(writer(actor)), todayIso()),
});
