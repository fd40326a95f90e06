/** Links to a page's feeds (`path` without its extension: "/feeds/companies/bmw-group"). */
export function FeedLinks({ path }: { path: string }) {
  return (
    <p className="flex gap-2 text-sm text-slate-600">
      <span>Feed:</span>
      <a href={`${path}.atom`} type="application/atom+xml" className="text-blue-700 underline">
        Atom
      </a>
      <a href={`${path}.json`} type="application/feed+json" className="text-blue-700 underline">
        JSON Feed
      </a>
    </p>
  );
}
