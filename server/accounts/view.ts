// Pure helpers that decide what of a cloud account may be shown.

export const DEFAULT_ENDPOINT = "https://cvm.tencentcloudapi.com";

export interface CloudAccountView {
  id: string;
  name: string;
  endpoint: string;
  secretIdMasked: string;
  defaultRegion: string;
  isDefault: boolean;
  source: "env" | "db";
  /** True when the endpoint is not Tencent Cloud itself (e.g. the embedded emulator on 127.0.0.1). */
  isSimulation: boolean;
}

/** First 4 + "****" + last 4; an id too short to keep 4 hidden characters is hidden entirely. */
export function maskSecretId(secretId: string): string {
  return secretId.length > 12 ? `${secretId.slice(0, 4)}****${secretId.slice(-4)}` : "****";
}

export function isSimulationEndpoint(endpoint: string): boolean {
  let host: string;
  try {
    host = new URL(endpoint).hostname.toLowerCase();
  } catch {
    return true; // not a URL we can call Tencent with
  }
  return !(host === "tencentcloudapi.com" || host.endsWith(".tencentcloudapi.com"));
}
