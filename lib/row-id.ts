/** A row id (commitment, source, evidence…) from a URL segment: a positive integer that fits the id column, or null. */
export function parseRowId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}
