import type { SourceWithTextJson } from "@/lib/sources/text";

/** Whether the stored text is still the text that was quoted: its SHA-256 against the one kept. */
export function HashStatus({ source }: { source: SourceWithTextJson }) {
  if (source.textMatchesHash === null) {
    return <p className="text-sm text-slate-600">No text is stored for this source; only its address.</p>;
  }
  const hash = <code className="break-all text-xs">{source.textSha256}</code>;
  return source.textMatchesHash ? (
    <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
      <span className="font-medium">Text verified:</span> the stored text matches its SHA-256 {hash}
    </p>
  ) : (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <span className="font-medium">Text changed:</span> the stored text no longer matches the SHA-256 recorded when it
      was quoted ({hash}). Treat its quotes with care.
    </p>
  );
}
