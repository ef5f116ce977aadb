import { describe, expect, it } from "vitest";
import { readEnvAccount } from "./env-account";
import { isSimulationEndpoint, maskSecretId } from "./view";

describe("maskSecretId", () => {
  it("keeps the first and last 4 characters only", () => {
    expect(maskSecretId("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE")).toBe("AKID****MPLE");
  });
  it("hides a short id entirely rather than revealing most of it", () => {
    expect(maskSecretId("short-id")).toBe("****");
    expect(maskSecretId("")).toBe("****");
  });
});

describe("isSimulationEndpoint", () => {
  it.each([
    ["https://cvm.tencentcloudapi.com", false],
    ["https://cvm.ap-guangzhou.tencentcloudapi.com", false],
    ["http://127.0.0.1:9000", true],
    ["https://tencentcloudapi.com.evil.example", true],
    ["https://nottencentcloudapi.com", true],
    ["not a url", true],
  ])("%s → %s", (endpoint, expected) => {
    expect(isSimulationEndpoint(endpoint)).toBe(expected);
  });
});

describe("readEnvAccount", () => {
  it("needs both the id and the key, and defaults region and endpoint", () => {
    expect(readEnvAccount({ TENCENTCLOUD_SECRET_ID: "id" })).toBeNull();
    expect(readEnvAccount({ TENCENTCLOUD_SECRET_ID: "id", TENCENTCLOUD_SECRET_KEY: "key" })).toMatchObject({
      id: "env",
      defaultRegion: "ap-guangzhou",
      endpoint: "https://cvm.tencentcloudapi.com",
    });
    expect(
      readEnvAccount({ TENCENTCLOUD_SECRET_ID: "id", TENCENTCLOUD_SECRET_KEY: "key", TENCENTCLOUD_REGION: "ap-beijing", TENCENTCLOUD_ENDPOINT: "http://127.0.0.1:1/" }),
    ).toMatchObject({ defaultRegion: "ap-beijing", endpoint: "http://127.0.0.1:1" });
  });
});
