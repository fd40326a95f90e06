import { getDb } from "@/db";
import type { Database } from "@/db/client";
import { type Actor, publicReadAllowed, resolveActor } from "@/lib/auth/actor";
import { type UserRole, hasRole } from "@/lib/auth/roles";
import { ApiError, withErrorResponses } from "./errors";
import { isSameOrigin } from "@/lib/auth/request-origin";
import { checkRequestTarget } from "./request-target";
import { withArticle } from "@/lib/text/article";

/** Refuses an address no route can read safely (a malformed escape, NUL): 400 before anything else. */
export function assertReadableTarget(request: Request): void {
  const problem = checkRequestTarget(request.url);
  if (problem) throw new ApiError("bad_request", problem.message, problem.fields);
}

/**
 * Who may call a route: "read" follows PUBLIC_READ (anyone, or any account); a role means an account
 * with at least that role. Every route under /api/v1 declares one (tests/access-matrix.test.ts checks).
 */
export type RouteAccess = "read" | UserRole;

export type RouteInput<C> = { request: Request; context: C; db: Database; actor: Actor | null };

/** Checks who is asking, and from where, before the handler runs. */
export async function authorize(db: Database, request: Request, access: RouteAccess): Promise<Actor | null> {
  const { actor, invalidToken } = await resolveActor(db, request.headers);
  if (invalidToken) throw new ApiError("unauthorized", "The API token is unknown or has been revoked.");
  if (access === "read") {
    if (!actor && !publicReadAllowed())
      throw new ApiError("unauthorized", "Sign in, or send an API token, to read this.");
    return actor;
  }
  if (!actor) throw new ApiError("unauthorized", "Sign in, or send an API token, to make changes.");
  // A cookie is sent by the browser whatever page triggers the request, so cookie-authenticated writes
  // must come from this app's own pages. (A Bearer token cannot be sent by another site.)
  if (actor.via === "session" && !isSameOrigin(request)) {
    throw new ApiError("forbidden", "This request did not come from this application's pages and was refused.");
  }
  if (!hasRole(actor.role, access)) {
    throw new ApiError("forbidden", `This needs the ${access} role; your account is ${withArticle(actor.role)}.`);
  }
  return actor;
}

/** An /api/v1 route handler with its access rule, database, caller, and JSON errors. */
export function apiRoute<C = unknown>(access: RouteAccess, handler: (input: RouteInput<C>) => Promise<Response>) {
  const wrapped = withErrorResponses<C>(async (request, context) => {
    assertReadableTarget(request);
    const db = await getDb();
    const actor = await authorize(db, request, access);
    return handler({ request, context, db, actor });
  });
  return Object.assign(wrapped, { access });
}

/** The actor of a write route (authorize() guarantees there is one for any role-restricted route). */
export function writer(actor: Actor | null): Actor {
  if (!actor) throw new ApiError("unauthorized", "Sign in, or send an API token, to make changes.");
  return actor;
}
