import { parseListParams } from "@/lib/commitments/list-params";
import { serializeListParams } from "@/lib/commitments/url-state";
import { invalid } from "@/lib/errors";

/**
 * The query string of an explorer address (a path "/commitments?…" or a whole URL), read and written back
 * by the list's own URL spec (defaults and the page left out), so the same view is stored one way.
 */
export function viewQueryOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url, "http://tracker.invalid");
  } catch {
    throw invalid("The view's address cannot be read.", {
      "view.url": "must be an address of the explorer (/commitments?…)",
    });
  }
  if (parsed.pathname !== "/commitments") {
    throw invalid("A view is an address of the explorer.", {
      "view.url": "must be an address of the explorer (/commitments?…)",
    });
  }
  const { params, errors } = parseListParams(parsed.searchParams, { allowKeys: ["cols"] });
  const problems = Object.entries(errors);
  if (problems.length > 0) {
    throw invalid("The view's address has parameters the explorer does not take.", {
      "view.url": problems.map(([key, message]) => `${key}: ${message}`).join("; "),
    });
  }
  return serializeListParams({ ...params, page: null }).replace(/^\?/, "");
}
