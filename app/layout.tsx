import type { Metadata } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { type ReactNode, Suspense } from "react";
import { InboxUnread } from "@/app/_components/inbox-unread";
import { getActor } from "@/app/_lib/page-actor";
import { NavBar } from "@/components/nav-bar";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Commitment Tracker", template: "%s · Commitment Tracker" },
  description: "Track pledges between governments and companies, and whether they are kept.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <NuqsAdapter>
          <NavBar
            actor={actor && { name: actor.name, email: actor.email, role: actor.role }}
            inboxBadge={
              actor && (
                <Suspense fallback={null}>
                  <InboxUnread userId={actor.userId} />
                </Suspense>
              )
            }
          />
          <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
            {children}
          </main>
        </NuqsAdapter>
      </body>
    </html>
  );
}
