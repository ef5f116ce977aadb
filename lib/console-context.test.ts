import { describe, expect, it } from "vitest";
import { pickAccount, pickRegion } from "./console-context";

const accounts = [
  { id: "a", isDefault: false, defaultRegion: "ap-shanghai" },
  { id: "b", isDefault: true, defaultRegion: "ap-beijing" },
];

describe("pickAccount", () => {
  it("uses the cookie's account when it still exists", () => {
    expect(pickAccount(accounts, "a")?.id).toBe("a");
  });
  it("falls back to the default account, then the first one, then none", () => {
    expect(pickAccount(accounts, "deleted")?.id).toBe("b");
    expect(pickAccount(accounts.map((a) => ({ ...a, isDefault: false })), undefined)?.id).toBe("a");
    expect(pickAccount([], "a")).toBeNull();
  });
});

describe("pickRegion", () => {
  const known = ["ap-guangzhou", "ap-shanghai", "ap-beijing"];
  it("uses a well-formed cookie region the account offers", () => {
    expect(pickRegion("ap-shanghai", accounts[1], known)).toBe("ap-shanghai");
  });
  it("falls back to the account's default region for an unknown or malformed cookie", () => {
    expect(pickRegion("mars-olympus-1", accounts[1], known)).toBe("ap-beijing");
    expect(pickRegion("<script>", accounts[1], known)).toBe("ap-beijing");
  });
  it("trusts well-formed values when the region list could not be fetched", () => {
    expect(pickRegion("eu-frankfurt", accounts[1], null)).toBe("eu-frankfurt");
    expect(pickRegion("x", null, null)).toBe("ap-guangzhou");
  });
  it("ends at ap-guangzhou, or the first offered region when even that is not offered", () => {
    expect(pickRegion(undefined, { id: "c", isDefault: false, defaultRegion: "bad region" }, known)).toBe("ap-guangzhou");
    expect(pickRegion(undefined, null, ["na-ashburn", "eu-frankfurt"])).toBe("na-ashburn");
  });
});
