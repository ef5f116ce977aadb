import { describe, expect, it } from "vitest";
import { calledActions } from "./scan";

describe("calledActions", () => {
  it("finds the action named by each client.call, on one line or split over lines", () => {
    const src = `
      await client.call("StopInstances", { InstanceIds }, opts);
      const r = await (await client()).call(
        "DescribeInstancesOperationLimit",
        { InstanceIds },
      );`;
    expect([...calledActions(src)].sort()).toEqual(["DescribeInstancesOperationLimit", "StopInstances"]);
  });

  it("finds both actions of a ternary first argument", () => {
    expect([...calledActions(`client.call(p.mode === "associate" ? "AssociateInstancesKeyPairs" : "DisassociateInstancesKeyPairs", params)`)].sort()).toEqual([
      "AssociateInstancesKeyPairs",
      "DisassociateInstancesKeyPairs",
    ]);
  });

  it("follows a local constant that holds the action names", () => {
    const src = `
      const action = p.network === "assist" ? "RemoveChcAssistVpc" : "RemoveChcDeployVpc";
      client.call(action, { ChcIds }, opts);`;
    expect([...calledActions(src)].sort()).toEqual(["RemoveChcAssistVpc", "RemoveChcDeployVpc"]);
  });

  it("ignores string literals outside the first argument and non-action strings", () => {
    expect([...calledActions(`client.call(action, { Name: "DescribeZones" }); fn.call(this, "x"); Object.prototype.hasOwnProperty.call(vars, name)`)]).toEqual([]);
  });
});
