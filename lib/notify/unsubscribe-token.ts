import { createHmac, timingSafeEqual } from "node:crypto";

// A link that stops a person's email without signing in: their id and a MAC of it under the app's secret.
// It stays valid until the secret changes, as an unsubscribe link in an old email should.

function mac(userId: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`unsubscribe:${userId}`).digest();
}

export function unsubscribeToken(userId: string, secret: string): string {
  return `${Buffer.from(userId).toString("base64url")}.${mac(userId, secret).toString("base64url")}`;
}

/** The person a token names, or null when it was not made with this secret. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const [id, signature, ...rest] = token.split(".");
  if (!id || !signature || rest.length > 0) return null;
  const userId = Buffer.from(id, "base64url").toString("utf8");
  const given = Buffer.from(signature, "base64url");
  const expected = mac(userId, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
