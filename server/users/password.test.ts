import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and rejects others", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts every hash and encodes the cost in it", async () => {
    const a = await hashPassword("same password!!");
    const b = await hashPassword("same password!!");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$ln=\d+,r=\d+,p=\d+\$/);
    expect(a).not.toContain("same password");
  });

  it("verifies with the parameters stored in the hash (production cost)", async () => {
    const hash = await hashPassword("production-cost pw", { ln: 15, r: 8, p: 3 });
    expect(hash.startsWith("scrypt$ln=15,r=8,p=3$")).toBe(true);
    expect(await verifyPassword("production-cost pw", hash)).toBe(true);
    expect(needsRehash(hash)).toBe(false);
  });

  it("treats malformed or absurd-cost hashes as non-matching", async () => {
    const good = await hashPassword("whatever pw 123");
    expect(await verifyPassword("whatever pw 123", good.replace(/\$[\w-]+$/, "$AAAA"))).toBe(false);
    expect(await verifyPassword("whatever pw 123", good.replace("ln=10", "ln=40"))).toBe(false);
    expect(await verifyPassword("whatever pw 123", "plaintext")).toBe(false);
  });

  it("flags hashes weaker than the current default for re-hashing", async () => {
    expect(needsRehash(await hashPassword("x", { ln: 4, r: 8, p: 1 }))).toBe(true);
    expect(needsRehash("garbage")).toBe(true);
  });
});
