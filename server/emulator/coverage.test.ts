import { describe, expect, it } from "vitest";
import { actionNames, getActionSpec } from "./catalog/action-specs";
import { coverageReport, formatCoverage } from "./coverage";

const SPECS = [
  { name: "DescribeRegions", group: "region" },
  { name: "DescribeZones", group: "region" },
  { name: "RunInstances", group: "instance" },
  { name: "DescribeKeyPairs", group: "keypair" },
];

describe("emulator coverage report", () => {
  it("coverage: lists every seed action, counts the implemented ones and exits 1 while any is missing", () => {
    const report = coverageReport(SPECS, ["DescribeZones", "RunInstances"]);
    expect(report.rows.map((r) => [r.name, r.implemented])).toEqual([
      ["DescribeRegions", false],
      ["DescribeZones", true],
      ["RunInstances", true],
      ["DescribeKeyPairs", false],
    ]);
    expect(report).toMatchObject({ total: 4, implemented: 2, missing: ["DescribeRegions", "DescribeKeyPairs"], unknown: [], exitCode: 1 });
  });

  it("coverage: exits 0 when every seed action is implemented, and names handlers the seed does not document", () => {
    const report = coverageReport(SPECS, ["DescribeRegions", "DescribeZones", "RunInstances", "DescribeKeyPairs", "DescribeKeyPair"]);
    expect(report).toMatchObject({ implemented: 4, missing: [], unknown: ["DescribeKeyPair"], exitCode: 0 });
  });

  it("coverage: the text groups actions as the seed does and ends with N/total", () => {
    const text = formatCoverage(coverageReport(SPECS, ["DescribeZones"]));
    expect(text.split("\n")).toEqual([
      "region (1/2)",
      "  no   DescribeRegions",
      "  yes  DescribeZones",
      "instance (0/1)",
      "  no   RunInstances",
      "keypair (0/1)",
      "  no   DescribeKeyPairs",
      "",
      "Missing (3): DescribeRegions, RunInstances, DescribeKeyPairs",
      "1/4 seed actions implemented",
    ]);
  });

  it("coverage: the seed's catalogue has the 98 actions the report runs over, each with a group", () => {
    const names = actionNames();
    expect(names).toHaveLength(98);
    expect(names.every((n) => getActionSpec(n)!.group.length > 0)).toBe(true);
  });
});
