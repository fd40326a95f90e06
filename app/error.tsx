"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPanel
      error={error}
      retry={retry}
      message="This page could not be loaded. Nothing you entered was changed. Try again; if it keeps failing, the data service may be unavailable."
    />
  );
}
