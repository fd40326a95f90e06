import "server-only";
import { isAPIError } from "better-auth/api";
import type { Database } from "@/db/client";
import type { AuditActor } from "@/lib/audit/record";
import { getAuthFor } from "./auth";
import { type UserRole, isUserRole } from "./roles";
import { findTokenOwner } from "./tokens";

/** The account behind a request: signed in with a session cookie, or a script with an API token. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: UserRole;
  via: "session" | "token";
  tokenName?: string;
};

export type ActorResult = { actor: Actor | null; invalidToken: boolean };

export function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

/** Resolves who is asking. A Bearer token that is unknown or revoked is reported, never ignored. */
export async function resolveActor(db: Database, headers: Headers): Promise<ActorResult> {
  const token = bearerToken(headers);
  if (token) {
    const owner = await findTokenOwner(db, token);
    if (!owner || !isUserRole(owner.role)) return { actor: null, invalidToken: true };
    return {
      actor: {
        userId: owner.userId,
        email: owner.email,
        name: owner.name,
        role: owner.role,
        via: "token",
        tokenName: owner.tokenName,
      },
      invalidToken: false,
    };
  }
  if (!headers.get("cookie")) return { actor: null, invalidToken: false };
  const auth = await getAuthFor(db);
  try {
    const found = await auth.api.getSession({ headers });
    const role = found?.user.role;
    if (!found || !isUserRole(role)) return { actor: null, invalidToken: false };
    return {
      actor: { userId: found.user.id, email: found.user.email, name: found.user.name, role, via: "session" },
      invalidToken: false,
    };
  } catch (error) {
    if (isAPIError(error)) return { actor: null, invalidToken: false };
    throw error;
  }
}

/** How an actor appears in the audit log. */
export function auditActorOf(actor: Actor): AuditActor {
  return {
    id: actor.userId,
    label: actor.via === "token" ? `${actor.email} (token “${actor.tokenName}”)` : actor.email,
  };
}

/** Reading without an account is allowed unless PUBLIC_READ=false. */
export function publicReadAllowed(): boolean {
  return process.env.PUBLIC_READ?.trim().toLowerCase() !== "false";
}
