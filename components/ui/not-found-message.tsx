import Link from "next/link";

/**
 * The 404 page's body, naming what is missing: "There is no company at this address", with links back to
 * where such things are listed.
 */
export function NotFoundMessage({
  missing,
  hint,
  back,
}: {
  /** "There is no company at this address." */
  missing: string;
  /** What may have happened: "It may have been renamed or merged, or the link may be mistyped." */
  hint: string;
  back: { href: string; label: string };
}) {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-medium text-slate-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="mt-2 text-slate-600">
        {missing} {hint}
      </p>
      <div className="mt-6 flex justify-center gap-4 text-sm">
        <Link href="/" className="text-blue-700 hover:underline">
          Dashboard
        </Link>
        <Link href={back.href} className="text-blue-700 hover:underline">
          {back.label}
        </Link>
      </div>
    </div>
  );
}
