/**
 * The slug rule of CONTRACT.md: the name in lower case, with every run of characters that are not
 * letters or digits turned into one hyphen ("BMW Group" → "bmw-group"). Letters of any script are kept,
 * so a name written only in Chinese still gets a readable slug.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
