import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { and, count, eq, gt } from "drizzle-orm";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { CLIENT_ADDRESS_HEADER } from "./client-address-header";
import { originOf } from "./request-origin";
import { getAuthSecret } from "./secret";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** Failed sign-ins per email address, within SIGN_IN_WINDOW_MINUTES, after which sign-in is refused for a while. */
export const MAX_FAILED_SIGN_INS = Number(process.env.AUTH_MAX_FAILED_SIGN_INS ?? 5);
export const SIGN_IN_WINDOW_MINUTES = 15;

const ac = createAccessControl({ ...defaultStatements });
const roles = {
  viewer: ac.newRole({}),
  editor: ac.newRole({}),
  admin: ac.newRole({ ...adminAc.statements }),
};

// The admin plugin gives the role column and server-side account creation. Its HTTP endpoints are
// switched off: accounts and roles change only through /api/v1/admin, which checks roles and audits.
const ADMIN_PLUGIN_PATHS = [
  "create-user",
  "set-role",
  "ban-user",
  "unban-user",
  "remove-user",
  "set-user-password",
  "update-user",
  "impersonate-user",
  "stop-impersonating",
  "revoke-user-session",
  "revoke-user-sessions",
  "list-users",
  "list-user-sessions",
  "has-permission",
  "get-user",
].map((p) => `/admin/${p}`);

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : null;
}

function createAuth(db: Database, secret: string) {
  return betterAuth({
    secret,
    database: drizzleAdapter(db, { provider: "pg", schema }),
    // Same-origin only: a cookie-carrying request is accepted from the page's own origin (plus any listed
    // in TRUSTED_ORIGINS), whatever host name the app is reached by.
    trustedOrigins: (request) => [
      request ? originOf(request) : null,
      ...(process.env.TRUSTED_ORIGINS ?? "").split(",").map((o) => o.trim()),
    ],
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    session: {
      expiresIn: Number(process.env.SESSION_TTL_DAYS ?? 7) * 24 * 60 * 60,
      updateAge: 24 * 60 * 60,
    },
    rateLimit: {
      enabled: process.env.AUTH_RATE_LIMIT !== "off",
      // In the database, so that every app instance counts the same attempts (db/auth-schema.ts).
      storage: "database",
      customRules: {
        "/sign-in/email": { window: 60, max: Number(process.env.AUTH_SIGN_INS_PER_MINUTE ?? 10) },
        "/change-password": { window: 60, max: 5 },
      },
    },
    disabledPaths: ["/sign-up/email", ...ADMIN_PLUGIN_PATHS],
    advanced: {
      // better-auth turns its origin check off by default when NODE_ENV=test; keep it on everywhere, so
      // the tests exercise the same protection as production.
      disableOriginCheck: false,
      // The client's address as the app's HTTP server found it (never a client-sent X-Forwarded-For).
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // Cookies are marked Secure per request, by the scheme the app was reached with (cookie-security.ts),
      // so that sign-in also works over plain http on an internal host name.
      useSecureCookies: false,
    },
    hooks: {
      // Per email address, so changing IP (or a spoofed X-Forwarded-For) does not help a guesser.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
        const [row] = await db
          .select({ n: count() })
          .from(schema.auditLog)
          .where(
            and(
              eq(schema.auditLog.action, "sign_in_failed"),
              eq(schema.auditLog.actorLabel, email),
              gt(schema.auditLog.at, since),
            ),
          );
        if ((row?.n ?? 0) >= MAX_FAILED_SIGN_INS) {
          throw new APIError("TOO_MANY_REQUESTS", {
            code: "TOO_MANY_ATTEMPTS",
            message: `Too many failed sign-in attempts. Try again in ${SIGN_IN_WINDOW_MINUTES} minutes.`,
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const ip = ctx.request ? getIP(ctx.request, ctx.context.options) : null;
        if (ctx.path === "/sign-in/email") {
          const returned = ctx.context.returned;
          const email = emailOf(ctx.body) ?? "(no email)";
          if (isAPIError(returned)) {
            await recordAudit(db, {
              actor: { id: null, label: email },
              action: "sign_in_failed",
              entityType: "session",
              after: {
                status: returned.statusCode,
                code: (returned.body as { code?: string } | undefined)?.code ?? null,
              },
              ip,
            });
          } else {
            const user = ctx.context.newSession?.user;
            await recordAudit(db, {
              actor: { id: user?.id ?? null, label: user?.email ?? email },
              action: "sign_in",
              entityType: "session",
              ip,
            });
          }
        }
        if (ctx.path === "/change-password" && !isAPIError(ctx.context.returned)) {
          const user = ctx.context.session?.user ?? ctx.context.newSession?.user;
          await recordAudit(db, {
            actor: { id: user?.id ?? null, label: user?.email ?? "unknown" },
            action: "password_change",
            entityType: "user",
            entityId: user?.id ?? null,
            ip,
          });
        }
      }),
    },
    databaseHooks: {
      session: {
        delete: {
          after: async (deleted, ctx) => {
            if (ctx?.path !== "/sign-out") return;
            const [owner] = await db
              .select({ email: schema.user.email })
              .from(schema.user)
              .where(eq(schema.user.id, deleted.userId));
            await recordAudit(db, {
              actor: { id: deleted.userId, label: owner?.email ?? deleted.userId },
              action: "sign_out",
              entityType: "session",
            });
          },
        },
      },
    },
    plugins: [admin({ ac, roles, defaultRole: "viewer", adminRoles: ["admin"] })],
    telemetry: { enabled: false },
    // The origin is taken from each request on purpose (see trustedOrigins), so its "no baseURL" warning is noise.
    logger: { level: "error" },
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per database (tests open several); built on first use so that importing this module
// (for example during `next build`) never opens the database.
const instances = new WeakMap<Database, Promise<Auth>>();

export function getAuthFor(db: Database): Promise<Auth> {
  let instance = instances.get(db);
  if (!instance) {
    instance = getAuthSecret(db).then((secret) => createAuth(db, secret));
    instances.set(db, instance);
  }
  return instance;
}

export async function getAuth(): Promise<Auth> {
  return getAuthFor(await getDb());
}
