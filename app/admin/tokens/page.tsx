import type { Metadata } from "next";
import { requirePageRole } from "@/app/_lib/page-actor";
import { getDb } from "@/db";
import { listApiTokens } from "@/lib/auth/tokens";
import { listUsers } from "@/lib/auth/users";
import { TokensAdmin } from "./tokens-admin";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const { actor, allowed } = await requirePageRole("admin", "/admin/tokens");
  if (!allowed) return null;
  const db = await getDb();
  const [tokens, users] = await Promise.all([listApiTokens(db), listUsers(db)]);
  return <TokensAdmin tokens={tokens} users={users} currentUserId={actor.userId} />;
}
