import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { type Actor, publicReadAllowed, resolveActor } from "@/lib/auth/actor";
import { type UserRole, hasRole } from "@/lib/auth/roles";

/** The signed-in account viewing the current page, or null (resolved once per request). */
export const getActor = cache(async (): Promise<Actor | null> => {
  // headers() first: while `next build` prerenders a page it stops here, before the database is opened.
  const requestHeaders = await headers();
  return (await resolveActor(await getDb(), requestHeaders)).actor;
});

function signInPath(next: string) {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}

/** For pages: sends anonymous visitors to sign in when the instance is not publicly readable. */
export async function requireReader(next: string): Promise<Actor | null> {
  const actor = await getActor();
  if (!actor && !publicReadAllowed()) redirect(signInPath(next));
  return actor;
}

/** For pages that change things: signed in with at least `role`, or sent to sign in / told why not. */
export async function requirePageRole(role: UserRole, next: string): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await getActor();
  if (!actor) redirect(signInPath(next));
  return { actor, allowed: hasRole(actor.role, role) };
}
