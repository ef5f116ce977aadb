import { describe, expect, it } from "vitest";

// Like the actions (server/actions/action-error.ts): the first problem per field is the one shown.
function firstIssuePerField(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path.join(".")] ??= issue.message;
  return out;
}
import { CloudAccountIdInput, CreateCloudAccountInput, UpdateCloudAccountInput } from "./cloud-accounts";

const fieldOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  firstIssuePerField(result.error?.issues ?? []);

const valid = { name: "prod", endpoint: "", secretId: "AKIDexample", secretKey: "key", defaultRegion: "ap-shanghai" };

describe("CreateCloudAccountInput", () => {
  it("treats a blank endpoint as 'use Tencent Cloud'", () => {
    expect(CreateCloudAccountInput.parse(valid).endpoint).toBeUndefined();
  });

  it("allows http only for a loopback emulator", () => {
    expect(CreateCloudAccountInput.parse({ ...valid, endpoint: "http://127.0.0.1:9100" }).endpoint).toBe("http://127.0.0.1:9100");
    expect(fieldOf(CreateCloudAccountInput.safeParse({ ...valid, endpoint: "http://cvm.example.com" }))).toEqual({
      endpoint: "validation.endpointHttps",
    });
    expect(fieldOf(CreateCloudAccountInput.safeParse({ ...valid, endpoint: "not a url" }))).toEqual({ endpoint: "validation.endpoint" });
  });

  it("requires both secrets and a region id", () => {
    expect(fieldOf(CreateCloudAccountInput.safeParse({ ...valid, secretId: "", secretKey: "a b", defaultRegion: "Guangzhou" }))).toEqual({
      secretId: "validation.required",
      secretKey: "validation.noSpaces",
      defaultRegion: "validation.region",
    });
  });
});

describe("UpdateCloudAccountInput", () => {
  it("keeps the stored secrets when the form leaves them blank", () => {
    const parsed = UpdateCloudAccountInput.parse({ ...valid, id: "acc-1", secretId: " ", secretKey: "" });
    expect(parsed.secretId).toBeUndefined();
    expect(parsed.secretKey).toBeUndefined();
    expect(parsed.name).toBe("prod");
  });

  it("still validates a secret that is given", () => {
    expect(fieldOf(UpdateCloudAccountInput.safeParse({ ...valid, id: "acc-1", secretKey: "has space" }))).toEqual({
      secretKey: "validation.noSpaces",
    });
  });
});

describe("CloudAccountIdInput", () => {
  it("needs a non-empty id", () => {
    expect(CloudAccountIdInput.safeParse({ id: "" }).success).toBe(false);
    expect(CloudAccountIdInput.parse({ id: " env " })).toEqual({ id: "env" });
  });
});
