import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { withErrorResponses } from "@/lib/http/errors";

// better-auth's own endpoints: sign in, sign out, change password, session. Built on first request.
const handler = withErrorResponses(async (request: Request) => (await getAuth()).handler(request));

export const { GET, POST } = toNextJsHandler((request) => handler(request, undefined));
