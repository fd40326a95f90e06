import type { ReactNode } from "react";
import { requirePageRole } from "@/app/_lib/page-actor";
import { PageHeader } from "@/components/ui/page-header";
import { AdminTabs } from "./_components/admin-tabs";
import { Forbidden } from "@/components/forbidden";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { actor, allowed } = await requirePageRole("admin", "/admin/users");
  if (!allowed) return <Forbidden need="admin" have={actor.role} />;
  return (
    <>
      <PageHeader title="Administration" description="Accounts and roles, API tokens for scripts, and the audit log." />
      <AdminTabs />
      {children}
    </>
  );
}
