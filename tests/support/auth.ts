import type { Database } from "../../db/client";
import { SYSTEM_ACTOR } from "../../lib/audit/record";
import { getAuthFor } from "../../lib/auth/auth";
import type { UserRole } from "../../lib/auth/roles";
import { createApiToken } from "../../lib/auth/tokens";
import { createUser } from "../../lib/auth/users";

export const ORIGIN = "http://tracker.test";
export const PASSWORD = "correct horse battery staple";

let sequence = 0;

export async function createAccount(db: Database, role: UserRole, email = `${role}-${++sequence}@example.org`) {
  return createUser(db, { email, password: PASSWORD, role, name: `${role} ${sequence}` }, SYSTEM_ACTOR);
}

/** Calls better-auth's HTTP handler as a browser on this app's origin would. */
export async function authRequest(db: Database, path: string, body: unknown, headers: Record<string, string> = {}) {
  const auth = await getAuthFor(db);
  return auth.handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/** Signs in and returns the session cookie to send back. */
export async function signIn(db: Database, email: string, password = PASSWORD): Promise<string> {
  const response = await authRequest(db, "/sign-in/email", { email, password });
  if (response.status !== 200) throw new Error(`sign-in failed with ${response.status}: ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Request headers for a signed-in account of `role`, from this app's own pages. */
export async function sessionHeaders(db: Database, role: UserRole): Promise<Record<string, string>> {
  const account = await createAccount(db, role);
  return { cookie: await signIn(db, account.email), origin: ORIGIN };
}

/** Request headers for a script with an API token acting as an account of `role`. */
export async function tokenHeaders(db: Database, role: UserRole): Promise<Record<string, string>> {
  const account = await createAccount(db, role);
  const { token } = await createApiToken(db, { userId: account.id, name: `${role} script` }, SYSTEM_ACTOR);
  return { authorization: `Bearer ${token}` };
}
