"use client";

import { ErrorPanel } from "@/components/ui/error-panel";
import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own <html> and <body>.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <ErrorPanel
          error={error}
          retry={retry}
          homeLink={false}
          message="The application could not be displayed. Nothing you entered was changed."
        />
      </body>
    </html>
  );
}
