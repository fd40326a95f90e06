// Which rows of a sorted list one page is, and from which end to read them. A page nearer the end of the
// list is read in the reversed order from the end, so that the database steps over the rows after it
// rather than every row before it: the last page of 100,000 costs what the first does.

export type PageWindow = { offset: number; limit: number; reversed: boolean };

/** Page `page` of `perPage` rows in a list of `total` rows (a page past the end has no rows to read). */
export function pageWindow(total: number, page: number, perPage: number): PageWindow {
  const offset = (page - 1) * perPage;
  const limit = Math.max(0, Math.min(perPage, total - offset));
  const fromEnd = total - offset - limit;
  if (limit > 0 && fromEnd < offset) return { offset: fromEnd, limit, reversed: true };
  return { offset, limit, reversed: false };
}
