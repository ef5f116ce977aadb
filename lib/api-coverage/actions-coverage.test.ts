// Issue 7 "Coverage": every one of the seed's 98 CVM API actions has a home in the console, i.e. is called by at
// least one server action or read path (server/actions/**, server/queries/**, server/status/**). The test names
// every action that has none.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CVM_ACTIONS } from "@/server/cvm/actions";
import { calledActions } from "./scan";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FEATURE_DIRS = ["server/actions", "server/queries", "server/status"];

/**
 * Actions with no console home yet, while the instance, purchase, pricing, images and hosts features are being
 * finished by other engineers. This list may only shrink: the test fails when an action outside it has no home
 * (a new gap), and when an action inside it has found one (so it is removed from here).
 */
const NOT_YET_CALLED: readonly string[] = [];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
    out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}

function consoleCalls(): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const file of FEATURE_DIRS.flatMap(sources)) {
    for (const action of calledActions(readFileSync(file, "utf8"))) {
      where.set(action, [...(where.get(action) ?? []), path.relative(ROOT, file)]);
    }
  }
  return where;
}

describe("console coverage of the CVM API (issue 7)", () => {
  const calls = consoleCalls();
  const missing = CVM_ACTIONS.filter((a) => !calls.has(a));

  it("enumerates the 98 seed actions", () => {
    expect(CVM_ACTIONS).toHaveLength(98);
  });

  it("calls every seed action from at least one server action or read path (except the listed gaps)", () => {
    if (missing.length) console.log(`Actions with no console home (${missing.length}/98):\n  ${missing.join("\n  ")}`);
    expect(missing.filter((a) => !NOT_YET_CALLED.includes(a)), "actions with no console home").toEqual([]);
  });

  it("keeps the gap list honest: every listed action is still missing and is a seed action", () => {
    expect(NOT_YET_CALLED.filter((a) => calls.has(a)), "found a home: remove from NOT_YET_CALLED").toEqual([]);
    expect(NOT_YET_CALLED.filter((a) => !(CVM_ACTIONS as readonly string[]).includes(a))).toEqual([]);
  });

  it("calls only actions the seed documents", () => {
    const unknown = [...calls.keys()].filter((a) => !(CVM_ACTIONS as readonly string[]).includes(a));
    expect(unknown, "not a CVM API 3.0 action of the seed").toEqual([]);
  });
});
