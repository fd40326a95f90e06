"use client";

import Link from "next/link";

function digestOf(error: unknown): string | undefined {
  return error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
}

// Never shows the error's stack or message text (which may carry internals); the digest lets an
// operator find the full error in the server log.
export function ErrorPanel({
  error,
  retry,
  message,
  homeLink = true,
}: {
  error: unknown;
  retry: () => void;
  message: string;
  homeLink?: boolean;
}) {
  const digest = digestOf(error);
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="mt-2 text-slate-600">{message}</p>
      {digest && <p className="mt-2 text-xs text-slate-500">Reference: {digest}</p>}
      <div className="mt-6 flex justify-center gap-4 text-sm">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white hover:bg-slate-700"
        >
          Try again
        </button>
        {homeLink && (
          <Link href="/" className="rounded-md px-3 py-1.5 text-blue-700 hover:underline">
            Go to the dashboard
          </Link>
        )}
      </div>
    </div>
  );
}
