import { feedRoute } from "@/app/feeds/_lib/serve-feed";

export const GET = feedRoute("region");
