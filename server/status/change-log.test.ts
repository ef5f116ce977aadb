import { describe, expect, it } from "vitest";
import { ChangeLog } from "./change-log";

const entry = (seq: number) => ({ seq, at: seq * 1000, statuses: new Map() });

describe("ChangeLog", () => {
  it("returns the entries after a seq, oldest first", () => {
    const log = new ChangeLog(10);
    [1, 3, 4, 7].forEach((s) => log.push(entry(s)));
    expect(log.since(3)!.map((e) => e.seq)).toEqual([4, 7]);
    expect(log.since(7)).toEqual([]);
    expect(log.since(0)!.map((e) => e.seq)).toEqual([1, 3, 4, 7]);
  });

  it("is bounded, and refuses to resume from before what it dropped (the client gets a snapshot instead)", () => {
    const log = new ChangeLog(3);
    [1, 2, 3, 4, 5].forEach((s) => log.push(entry(s)));
    expect(log.size).toBe(3);
    expect(log.since(1)).toBeNull();
    expect(log.since(2)!.map((e) => e.seq)).toEqual([3, 4, 5]);
  });
});
