import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/app/_lib/page-actor";
import { originFromHeaders } from "@/lib/auth/request-origin";
import { safeNextPath } from "@/app/api/_lib/safe-next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const next = safeNextPath((await searchParams).next, originFromHeaders(await headers()));
  if (await getActor()) redirect(next);
  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Sign in</h1>
      <p className="mt-1 text-sm text-slate-600">Editors and admins sign in to record and change commitments.</p>
      <SignInForm next={next} />
    </div>
  );
}
