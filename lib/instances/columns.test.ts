import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { COLUMN_IDS, COLUMNS, normaliseColumns, visibleColumns } from "./columns";
import { CSV_FIELDS, exportColumns, exportFields } from "./csv-columns";
import { sortRows } from "./sort";
import { readTablePrefs, SetInstanceColumnsInput } from "./table-prefs";
import type { InstanceRow } from "./instance-view";

const row = (id: string, extra: Partial<InstanceRow> = {}): InstanceRow => ({ InstanceId: id, Region: "ap-guangzhou", ...extra });

describe("columns", () => {
  it("every column and CSV header has an English label", () => {
    for (const id of COLUMN_IDS) {
      expect(en[COLUMNS[id].label], id).toBeTruthy();
      for (const part of CSV_FIELDS[id]) expect(en[part.header], `${id} csv`).toBeTruthy();
    }
  });

  it("normalises a choice: known ids only, canonical order, the instance column always first", () => {
    expect(normaliseColumns(["zone", "nope", "state", "zone"])).toEqual(["instance", "state", "zone"]);
  });

  it("All regions mode always shows where an instance is: the zone names its region, else a region column", () => {
    expect(visibleColumns(["instance", "zone"], true)).toEqual(["instance", "zone"]);
    expect(visibleColumns(["instance", "state"], true)).toEqual(["instance", "state", "region"]);
    expect(visibleColumns(["instance", "state"], false)).toEqual(["instance", "state"]);
  });

  it("an All regions export always has a region column", () => {
    expect(exportColumns(["instance", "zone"], true)).toEqual(["instance", "region", "zone"]);
    expect(exportColumns(["instance", "zone"], false)).toEqual(["instance", "zone"]);
  });

  it("CSV values: lists joined, tags as key=value, config split into type, CPU and memory", () => {
    const r = row("ins-1", { Tags: [{ Key: "env", Value: "prod" }, { Key: "team", Value: "web" }], PrivateIpAddresses: ["10.0.0.1", "10.0.0.2"], InstanceType: "S5.MEDIUM4", CPU: 2, Memory: 4 });
    expect(CSV_FIELDS.tags[0]!.value(r)).toBe("env=prod, team=web");
    expect(CSV_FIELDS.privateIp[0]!.value(r)).toBe("10.0.0.1, 10.0.0.2");
    expect(CSV_FIELDS.type.map((p) => p.value(r))).toEqual(["S5.MEDIUM4", "2", "4"]);
  });

  it("export fields follow the canonical column order and expand multi-field columns", () => {
    const headers = exportFields(["type", "instance"], true).map((f) => f.header);
    expect(headers).toEqual(["instances.csv.id", "instances.csv.name", "instances.col.region", "instances.col.type", "instances.csv.cpu", "instances.csv.memory"]);
  });
});

describe("sortRows (within one page)", () => {
  const rows = [
    row("a", { InstanceName: "web-10", PrivateIpAddresses: ["10.0.0.10"], CreatedTime: "2024-01-02T00:00:00Z" }),
    row("b", { InstanceName: "web-9", PrivateIpAddresses: ["10.0.0.9"], CreatedTime: "2024-01-03T00:00:00Z" }),
    row("c", { InstanceName: "Web-9", PrivateIpAddresses: ["10.0.0.100"], CreatedTime: "2024-01-01T00:00:00Z" }),
  ];
  it("sorts names naturally and case-insensitively, ties keep the API's order", () => {
    expect(sortRows(rows, "instance", "asc").map((r) => r.InstanceId)).toEqual(["b", "c", "a"]);
  });
  it("sorts IPs numerically and times chronologically, both directions", () => {
    expect(sortRows(rows, "privateIp", "asc").map((r) => r.InstanceId)).toEqual(["b", "a", "c"]);
    expect(sortRows(rows, "created", "desc").map((r) => r.InstanceId)).toEqual(["b", "a", "c"]);
  });
  it("no sort keeps the API's order", () => {
    expect(sortRows(rows, null, "asc").map((r) => r.InstanceId)).toEqual(["a", "b", "c"]);
  });
});

describe("table prefs", () => {
  it("reads stored prefs leniently and validates input strictly", () => {
    expect(readTablePrefs(null).columns).toContain("instance");
    expect(readTablePrefs({ columns: [], density: "comfortable" }).density).toBe("comfortable");
    expect(SetInstanceColumnsInput.safeParse({ columns: ["state", "bogus"] }).success).toBe(false);
    expect(SetInstanceColumnsInput.safeParse({}).success).toBe(false);
    expect(SetInstanceColumnsInput.parse({ columns: ["tags"] })).toEqual({ columns: ["instance", "tags"] });
  });
});
