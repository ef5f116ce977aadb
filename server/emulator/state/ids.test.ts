import { describe, expect, it } from "vitest";
import { isWellFormedId, newId, newUniqueId } from "./ids";

describe("ids", () => {
  it("newId: prefix, dash, 8 chars of [a-z0-9] (seed 10925)", () => {
    const ids = new Set(Array.from({ length: 200 }, () => newId("ins")));
    for (const id of ids) expect(id).toMatch(/^ins-[a-z0-9]{8}$/);
    expect(ids.size).toBe(200);
  });

  it("newUniqueId skips ids already taken", () => {
    const taken = new Set<string>();
    let calls = 0;
    const id = newUniqueId("img", (candidate) => {
      calls++;
      if (calls < 3) {
        taken.add(candidate);
        return true;
      }
      return false;
    });
    expect(taken.has(id)).toBe(false);
    expect(calls).toBe(3);
  });

  it("isWellFormedId rejects wrong length, prefix or characters", () => {
    expect(isWellFormedId("ins", "ins-r8hr2upy")).toBe(true);
    expect(isWellFormedId("ins", "ins-1122")).toBe(false);
    expect(isWellFormedId("ins", "img-r8hr2upy")).toBe(false);
    expect(isWellFormedId("ins", "ins-R8HR2UPY")).toBe(false);
  });
});
