// Helpers for tests that talk to the emulator through the official Node SDK (as moto is tested with boto3).
// Not imported by the emulator itself.
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_ACCOUNT, type EmulatorAccount } from "./accounts";

export type CvmClient = InstanceType<typeof cvm.v20170312.Client>;

export interface SdkClientOptions {
  /** Defaults to the demo account. */
  account?: Pick<EmulatorAccount, "secretId" | "secretKey"> & { token?: string };
  /** Defaults to ap-guangzhou; null sends no Region. */
  region?: string | null;
  reqMethod?: "POST" | "GET";
  /** TC3-HMAC-SHA256 (default), or HmacSHA1 / HmacSHA256 for signature v1. */
  signMethod?: "TC3-HMAC-SHA256" | "HmacSHA1" | "HmacSHA256";
  language?: "zh-CN" | "en-US";
}

/** An unmodified official SDK client pointed at an emulator URL such as http://127.0.0.1:4577. */
export function sdkClient(emulatorUrl: string, opts: SdkClientOptions = {}): CvmClient {
  const url = new URL(emulatorUrl);
  const account = opts.account ?? DEMO_ACCOUNT;
  return new cvm.v20170312.Client({
    credential: { secretId: account.secretId, secretKey: account.secretKey, token: account.token },
    region: opts.region === null ? "" : (opts.region ?? "ap-guangzhou"),
    profile: {
      signMethod: opts.signMethod,
      language: opts.language,
      httpProfile: { endpoint: url.host, protocol: `${url.protocol}//`, reqMethod: opts.reqMethod ?? "POST" },
    },
  });
}

/** The Tencent error code an SDK call rejected with (throws if it resolved). */
export async function errorCodeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code) return code;
    throw error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}
