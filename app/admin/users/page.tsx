import type { Metadata } from "next";
import { requirePageRole } from "@/app/_lib/page-actor";
import { getDb } from "@/db";
import { listUsers } from "@/lib/auth/users";
import { UsersAdmin } from "./users-admin";

export const metadata: Metadata = { title: "Accounts" };

export default async function UsersPage() {
  const { actor, allowed } = await requirePageRole("admin", "/admin/users");
  if (!allowed) return null; // the layout explains
  const users = await listUsers(await getDb());
  return <UsersAdmin users={users} currentUserId={actor.userId} />;
}
