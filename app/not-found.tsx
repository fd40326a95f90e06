import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-medium text-slate-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="mt-2 text-slate-600">
        There is nothing at this address. The commitment may have been removed, or the link may be mistyped.
      </p>
      <div className="mt-6 flex justify-center gap-4 text-sm">
        <Link href="/" className="text-blue-700 hover:underline">
          Dashboard
        </Link>
        <Link href="/commitments" className="text-blue-700 hover:underline">
          All commitments
        </Link>
      </div>
    </div>
  );
}
