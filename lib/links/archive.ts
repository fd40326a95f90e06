/**
 * Asks a web archive to save a copy of a page: the Internet Archive's "Save Page Now" by default
 * (ARCHIVE_SAVE_URL, the page's address appended), or none when ARCHIVE_SAVE_URL=off.
 */
export function archiveSaveUrl(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.ARCHIVE_SAVE_URL?.trim();
  if (value === "off") return null;
  return value || "https://web.archive.org/save/";
}

export class ArchiveError extends Error {}

/** The archived copy's address, as the archive tells it (a redirect to it, or its Content-Location). */
export async function requestSnapshot(url: string, saveUrl: string, userAgent: string): Promise<string> {
  let answer: Response;
  try {
    answer = await fetch(`${saveUrl}${url}`, {
      redirect: "manual",
      headers: { "user-agent": userAgent },
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    throw new ArchiveError(`the archive did not answer (${(error as Error).message})`);
  }
  const where = answer.headers.get("location") ?? answer.headers.get("content-location");
  if ((answer.status >= 300 && answer.status < 400) || (answer.ok && where)) {
    if (!where) throw new ArchiveError(`the archive answered ${answer.status} without saying where the copy is`);
    return new URL(where, saveUrl).toString();
  }
  throw new ArchiveError(
    `the archive answered ${answer.status}${answer.ok ? " without saying where the copy is" : ""}`,
  );
}
