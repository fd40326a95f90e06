import { describe, expect, it } from "vitest";
import { unsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "a secret of at least thirty-two characters";

describe("unsubscribe tokens", () => {
  it("name the person they were made for, under the secret they were made with only", () => {
    const token = unsubscribeToken("user-42", SECRET);
    expect(verifyUnsubscribeToken(token, SECRET)).toBe("user-42");
    expect(verifyUnsubscribeToken(token, `${SECRET}, rotated`)).toBeNull();
  });

  it("refuse another person's id under a valid signature, and malformed tokens", () => {
    const [, signature] = unsubscribeToken("user-42", SECRET).split(".");
    const otherId = Buffer.from("user-43").toString("base64url");
    for (const forged of [`${otherId}.${signature}`, "", "no-dot", "a.b.c", `${otherId}.`]) {
      expect(verifyUnsubscribeToken(forged, SECRET), forged).toBeNull();
    }
  });
});
