import type { BrokenLink } from "@/lib/links/queries";

/** Says that the link checker found an address not answering, and since when. */
export function DeadLink({ link, archived }: { link: BrokenLink; archived: boolean }) {
  return (
    <p className="mt-0.5 text-amber-800">
      Link not answering since {link.failingSince}
      {link.note ? ` (${link.note})` : ""}.{archived ? " The archived copy above still reads." : ""}
    </p>
  );
}
