import { withArticle } from "@/lib/text/article";
import Link from "next/link";

export function Forbidden({ need, have }: { need: string; have: string }) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-medium text-slate-500">403</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Not allowed</h1>
      <p className="mt-2 text-slate-600">
        This page needs the {need} role; your account is {withArticle(have)}. Ask an admin if you need more access.
      </p>
      <Link href="/" className="mt-6 inline-block text-sm text-blue-700 hover:underline">
        Go to the dashboard
      </Link>
    </div>
  );
}
