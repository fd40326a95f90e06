import type { ReactNode } from "react";

/** Links to outside pages: only http(s) addresses become links, and they never get access to this page. */
export function ExternalLink({
  href,
  children,
  className = "",
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  let safe = false;
  try {
    safe = ["http:", "https:"].includes(new URL(href).protocol);
  } catch {
    safe = false;
  }
  if (!safe) return <span className={className}>{children}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow ugc"
      className={`text-blue-700 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-700 ${className}`}
    >
      {children}
    </a>
  );
}
