import { describe, expect, it } from "vitest";
import { actionNames, getActionSpec } from "../catalog/action-specs";
import { getStructureSpec } from "../catalog/structure-specs";
import { validateParams } from "./validate-params";

const spec = (name: string) => getActionSpec(name)!.input;

describe("validateParams", () => {
  it("JSON: passes documented params through with their types", () => {
    const params = { InstanceIds: ["ins-abcdefgh"], Limit: 10, Offset: 0 };
    expect(validateParams(spec("DescribeInstances"), params, false)).toEqual(params);
  });

  it("form: converts strings to Integer and Boolean by the seed type", () => {
    const out = validateParams(spec("ResetInstancesPassword"), { InstanceIds: ["ins-abcdefgh"], Password: "p", ForceStop: "true" }, true);
    expect(out).toEqual({ InstanceIds: ["ins-abcdefgh"], Password: "p", ForceStop: true });
    expect(validateParams(spec("DescribeInstances"), { Limit: "20" }, true)).toEqual({ Limit: 20 });
  });

  it("form: a non-numeric Integer or a non-true/false Boolean → InvalidParameterValue", () => {
    expect(() => validateParams(spec("DescribeInstances"), { Limit: "1.5" }, true)).toThrow(expect.objectContaining({ code: "InvalidParameterValue" }));
    expect(() => validateParams(spec("ResetInstancesPassword"), { InstanceIds: ["ins-abcdefgh"], Password: "p", ForceStop: "yes" }, true)).toThrow(
      expect.objectContaining({ code: "InvalidParameterValue" }),
    );
  });

  it("JSON: a decimal string is an Integer (as in the seed's examples), other strings are not; numbers are not strings", () => {
    expect(validateParams(spec("DescribeInstances"), { Limit: "20" }, false)).toEqual({ Limit: 20 });
    expect(() => validateParams(spec("DescribeInstances"), { Limit: "twenty" }, false)).toThrow(expect.objectContaining({ code: "InvalidParameterValue" }));
    expect(() => validateParams(spec("DescribeInstances"), { Limit: "2.5" }, false)).toThrow(expect.objectContaining({ code: "InvalidParameterValue" }));
    expect(() => validateParams(spec("DescribeInstances"), { InstanceIds: [12345678] }, false)).toThrow(expect.objectContaining({ code: "InvalidParameterValue" }));
  });

  it("validates nested structures: Placement.Zone is required inside RunInstances (seed 38356)", () => {
    const base = { ImageId: "img-abcdefgh", Placement: { ProjectId: 0 } };
    expect(() => validateParams(spec("RunInstances"), base, false)).toThrow(
      expect.objectContaining({ code: "MissingParameter", message: expect.stringContaining("Placement.Zone") }),
    );
    const ok = validateParams(spec("RunInstances"), { ...base, Placement: { Zone: "ap-guangzhou-3" } }, false);
    expect(ok.Placement).toEqual({ Zone: "ap-guangzhou-3" });
  });

  it("DataDisk.DiskSize is left to the action: ModifyInstanceDiskType's example sends DataDisks without it", () => {
    const ok = validateParams(spec("ModifyInstanceDiskType"), { InstanceId: "ins-r8hr2upy", DataDisks: [{ DiskType: "CLOUD_PREMIUM" }] }, false);
    expect(ok.DataDisks).toEqual([{ DiskType: "CLOUD_PREMIUM" }]);
  });

  it("null counts as absent (the SDKs strip nulls), so a required null → MissingParameter", () => {
    expect(validateParams(spec("DescribeInstances"), { Limit: null }, false)).toEqual({});
    expect(() => validateParams(spec("StartInstances"), { InstanceIds: null }, false)).toThrow(expect.objectContaining({ code: "MissingParameter" }));
  });

  it("catalogue: every type named in an action's input or an input structure is a base type or a known structure", () => {
    const base = new Set(["String", "Integer", "Boolean", "Float", "Double", "Timestamp", "Timestamp ISO8601", "Date", "Binary"]);
    const missing = new Set<string>();
    const visit = (type: string, seen: Set<string>) => {
      const t = type.replace(/^Array of /, "");
      if (base.has(t) || seen.has(t)) return;
      const s = getStructureSpec(t);
      if (!s) return void missing.add(t);
      seen.add(t);
      for (const m of s.members) visit(m.type, seen);
    };
    for (const name of actionNames()) for (const p of getActionSpec(name)!.input) visit(p.type, new Set());
    expect([...missing]).toEqual([]);
  });
});
