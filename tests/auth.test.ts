import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { GET as listCommitmentsRoute } from "../app/api/v1/commitments/route";
import { GET as listAuditRoute } from "../app/api/v1/admin/audit/route";
import { DELETE as revokeTokenRoute } from "../app/api/v1/admin/tokens/[id]/route";
import { POST as createTokenRoute } from "../app/api/v1/admin/tokens/route";
import { PATCH as setRoleRoute } from "../app/api/v1/admin/users/[id]/route";
import { POST as createUserRoute } from "../app/api/v1/admin/users/route";
import { apiTokens, auditLog, user } from "../db/schema";
import { SYSTEM_ACTOR } from "../lib/audit/record";
import { resolveActor } from "../lib/auth/actor";
import { MAX_FAILED_SIGN_INS } from "../lib/auth/auth";
import { ensureFirstAdmin, setUserRole } from "../lib/auth/users";
import { ORIGIN, PASSWORD, authRequest, createAccount, sessionHeaders, signIn } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { call, routeParams } from "./support/http";

const t = setupTestDatabase();
const audit = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action));

describe("sign-in", () => {
  it("starts a database session that identifies the account and its role", async () => {
    const editor = await createAccount(t.db, "editor");
    const cookie = await signIn(t.db, editor.email);
    const { actor } = await resolveActor(t.db, new Headers({ cookie }));
    expect(actor).toMatchObject({ email: editor.email, role: "editor", via: "session" });
    const [entry] = await audit("sign_in");
    expect(entry).toMatchObject({ actorId: editor.id, actorLabel: editor.email });
  });

  it("answers a wrong password and an unknown email identically, and records both failures", async () => {
    const viewer = await createAccount(t.db, "viewer");
    const wrong = await authRequest(t.db, "/sign-in/email", {
      email: viewer.email,
      password: "not the password at all",
    });
    const unknown = await authRequest(t.db, "/sign-in/email", { email: "nobody@example.org", password: PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    const failures = await audit("sign_in_failed");
    expect(failures.map((f) => f.actorLabel).sort()).toEqual(["nobody@example.org", viewer.email].sort());
    expect(failures.every((f) => f.actorId === null)).toBe(true);
  });

  it(`refuses an email for a while after ${MAX_FAILED_SIGN_INS} failed attempts, even with the right password`, async () => {
    const target = await createAccount(t.db, "admin");
    const other = await createAccount(t.db, "viewer");
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      const response = await authRequest(t.db, "/sign-in/email", {
        email: target.email,
        password: `guess number ${i}!`,
      });
      expect(response.status).toBe(401);
    }
    const locked = await authRequest(t.db, "/sign-in/email", { email: target.email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect((await locked.json()).message).toMatch(/Too many failed sign-in attempts/);
    // Another account is not affected.
    await expect(signIn(t.db, other.email)).resolves.toContain("session_token");
  });

  it("refuses a cookie-carrying request from another site", async () => {
    const viewer = await createAccount(t.db, "viewer");
    const cookie = await signIn(t.db, viewer.email);
    const forged = await authRequest(
      t.db,
      "/change-password",
      { currentPassword: PASSWORD, newPassword: "chosen by the attacker" },
      { cookie, origin: "https://evil.example" },
    );
    expect(forged.status).toBe(403);
    await expect(signIn(t.db, viewer.email)).resolves.toContain("session_token");
  });
});

describe("account changes", () => {
  it("changes a password (12 characters at least), records it, and the old password stops working", async () => {
    const editor = await createAccount(t.db, "editor");
    const cookie = await signIn(t.db, editor.email);
    const tooShort = await authRequest(
      t.db,
      "/change-password",
      { currentPassword: PASSWORD, newPassword: "short" },
      { cookie },
    );
    expect(tooShort.status).toBe(400);
    const changed = await authRequest(
      t.db,
      "/change-password",
      { currentPassword: PASSWORD, newPassword: "an entirely new passphrase", revokeOtherSessions: true },
      { cookie },
    );
    expect(changed.status).toBe(200);
    await expect(signIn(t.db, editor.email)).rejects.toThrow(/401/);
    await expect(signIn(t.db, editor.email, "an entirely new passphrase")).resolves.toContain("session_token");
    expect(await audit("password_change")).toHaveLength(1);
  });

  it("signs out: the session ends and the sign-out is recorded", async () => {
    const viewer = await createAccount(t.db, "viewer");
    const cookie = await signIn(t.db, viewer.email);
    const response = await authRequest(t.db, "/sign-out", {}, { cookie });
    expect(response.status).toBe(200);
    expect((await resolveActor(t.db, new Headers({ cookie }))).actor).toBeNull();
    expect(await audit("sign_out")).toEqual([expect.objectContaining({ actorId: viewer.id })]);
  });

  it("creates accounts only with a long enough password and a known role", async () => {
    const headers = { ...(await sessionHeaders(t.db, "admin")), "content-type": "application/json" };
    const bad = await call(createUserRoute, "/api/v1/admin/users", {
      init: {
        method: "POST",
        headers,
        body: JSON.stringify({ email: "not-an-email", password: "short", role: "owner", extra: 1 }),
      },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["email", "extra", "password", "role"]);
    expect(bad.body.error.fields.password).toMatch(/at least 12/);

    const good = await call(createUserRoute, "/api/v1/admin/users", {
      init: {
        method: "POST",
        headers,
        body: JSON.stringify({ email: "New.Analyst@Example.org", password: PASSWORD, role: "editor" }),
      },
    });
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ email: "new.analyst@example.org", role: "editor" });
    const again = await call(createUserRoute, "/api/v1/admin/users", {
      init: {
        method: "POST",
        headers,
        body: JSON.stringify({ email: "new.analyst@example.org", password: PASSWORD, role: "viewer" }),
      },
    });
    expect(again.status).toBe(409);
  });

  it("changes roles with an audited before/after, and never demotes the last admin", async () => {
    const adminHeaders = { ...(await sessionHeaders(t.db, "admin")), "content-type": "application/json" };
    const viewer = await createAccount(t.db, "viewer");
    const promoted = await call(setRoleRoute, `/api/v1/admin/users/${viewer.id}`, {
      context: routeParams({ id: viewer.id }),
      init: { method: "PATCH", headers: adminHeaders, body: JSON.stringify({ role: "editor" }) },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe("editor");
    const [entry] = await audit("role_change");
    expect(entry!.changes).toEqual({ role: { from: "viewer", to: "editor" } });
    expect(entry!.actorLabel).toMatch(/^admin-/);

    const [onlyAdmin] = await t.db.select().from(user).where(eq(user.role, "admin"));
    await expect(setUserRole(t.db, onlyAdmin!.id, "viewer", SYSTEM_ACTOR)).rejects.toThrow(/only admin/);
  });
});

describe("API tokens", () => {
  it("are shown once, stored hashed, act with their account's role, and stop working when revoked", async () => {
    const adminHeaders = { ...(await sessionHeaders(t.db, "admin")), "content-type": "application/json" };
    const scriptOwner = await createAccount(t.db, "editor");
    const created = await call(createTokenRoute, "/api/v1/admin/tokens", {
      init: {
        method: "POST",
        headers: adminHeaders,
        body: JSON.stringify({ user: scriptOwner.email, name: "nightly import" }),
      },
    });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^ct_[A-Za-z0-9_-]{40,}$/);
    const stored = await t.db.select().from(apiTokens);
    expect(JSON.stringify(stored)).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    const { actor } = await resolveActor(t.db, new Headers(bearer));
    expect(actor).toMatchObject({
      email: scriptOwner.email,
      role: "editor",
      via: "token",
      tokenName: "nightly import",
    });
    expect((await call(listCommitmentsRoute, "/api/v1/commitments", { init: { headers: bearer } })).status).toBe(200);

    const revoked = await call(revokeTokenRoute, `/api/v1/admin/tokens/${created.body.id}`, {
      context: routeParams({ id: created.body.id }),
      init: { method: "DELETE", headers: adminHeaders },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    const refused = await call(listCommitmentsRoute, "/api/v1/commitments", { init: { headers: bearer } });
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toMatch(/revoked/);

    expect((await audit("token_create"))[0]!.after).toMatchObject({ name: "nightly import", user: scriptOwner.email });
    expect(await audit("token_revoke")).toHaveLength(1);
  });

  it("refuses an unknown token even on public reads", async () => {
    const refused = await call(listCommitmentsRoute, "/api/v1/commitments", {
      init: { headers: { authorization: "Bearer ct_this-is-not-a-real-token-at-all-no" } },
    });
    expect(refused.status).toBe(401);
  });
});

describe("reading without an account", () => {
  afterEach(() => {
    delete process.env.PUBLIC_READ;
  });

  it("is allowed by default and refused when PUBLIC_READ=false", async () => {
    expect((await call(listCommitmentsRoute, "/api/v1/commitments")).status).toBe(200);
    process.env.PUBLIC_READ = "false";
    const refused = await call(listCommitmentsRoute, "/api/v1/commitments");
    expect(refused.status).toBe(401);
    const headers = await sessionHeaders(t.db, "viewer");
    expect((await call(listCommitmentsRoute, "/api/v1/commitments", { init: { headers } })).status).toBe(200);
  });
});

describe("audit log", () => {
  it("is append-only: no update, delete or truncate gets through", async () => {
    await createAccount(t.db, "viewer");
    const refusal = (error: unknown) => /append-only/.test(String((error as Error & { cause?: Error }).cause?.message));
    await expect(t.db.execute(sql`update audit_log set actor_label = 'someone else'`)).rejects.toSatisfy(refusal);
    await expect(t.db.execute(sql`delete from audit_log`)).rejects.toSatisfy(refusal);
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toSatisfy(refusal);
    expect((await t.db.select().from(auditLog)).map((e) => e.actorLabel)).toEqual(["system"]);
  });

  it("is readable by admins, with filters", async () => {
    const headers = await sessionHeaders(t.db, "admin");
    await createAccount(t.db, "editor");
    const all = await call(listAuditRoute, "/api/v1/admin/audit", { init: { headers } });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3); // two accounts created, one sign-in
    const creations = await call(listAuditRoute, "/api/v1/admin/audit?action=user_create", { init: { headers } });
    expect(creations.body.data.map((e: { action: string }) => e.action)).toEqual(["user_create", "user_create"]);
    const bad = await call(listAuditRoute, "/api/v1/admin/audit?action=explode&colour=red", { init: { headers } });
    expect(bad.status).toBe(400);
  });
});

describe("first start", () => {
  it("creates one admin with a random password, once", async () => {
    const first = await ensureFirstAdmin(t.db);
    expect(first).toMatchObject({ email: "admin@tracker.local" });
    expect(first!.password.length).toBeGreaterThanOrEqual(20);
    expect(await ensureFirstAdmin(t.db)).toBeNull();
    const cookie = await signIn(t.db, first!.email, first!.password);
    expect((await resolveActor(t.db, new Headers({ cookie, origin: ORIGIN }))).actor?.role).toBe("admin");
  });
});
