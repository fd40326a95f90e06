import { Feed } from "feed";
import { EVENT_KIND_LABELS } from "@/lib/events/labels";
import type { FeedEvent } from "./queries";

export const FEED_FORMATS = { atom: "application/atom+xml", json: "application/feed+json" } as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

export type FeedInput = {
  title: string;
  /** The app's origin ("https://tracker.example.org"), for absolute links. */
  origin: string;
  /** The page the feed follows (a company page, the dashboard…), a path. */
  page: string;
  /** This feed's path without its extension ("/feeds/companies/bmw-group"). */
  path: string;
  events: FeedEvent[];
};

/** An Atom 1.0 or JSON Feed 1.1 document of events, each linking to its commitment. */
export function renderFeed(input: FeedInput, format: FeedFormat): string {
  const { origin, events } = input;
  const host = new URL(origin).host;
  const feed = new Feed({
    id: `${origin}${input.path}`,
    title: input.title,
    link: `${origin}${input.page}`,
    updated: events[0]?.at ?? new Date(),
    generator: "Commitment Tracker",
    feedLinks: { atom: `${origin}${input.path}.atom`, json: `${origin}${input.path}.json` },
  });
  for (const event of events) {
    feed.addItem({
      id: `tag:${host},2023:event:${event.id}`,
      title: `${EVENT_KIND_LABELS[event.kind]}: ${event.commitment.title}`,
      link: `${origin}/commitments/${event.commitment.id}`,
      date: event.at,
      description: event.summary,
    });
  }
  if (format === "atom") return feed.atom1();
  // The library writes version 1's marker; what it writes here (no author fields) is JSON Feed 1.1 as well.
  return JSON.stringify({ ...JSON.parse(feed.json1()), version: "https://jsonfeed.org/version/1.1" }, null, 2);
}
