"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const EVERY_MS = 2000;

/** Reloads the page's data every two seconds while an import on it is running, so its progress moves. */
export function RefreshWhileRunning({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => router.refresh(), EVERY_MS);
    return () => window.clearInterval(timer);
  }, [running, router]);
  return null;
}
