import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkPublicKey } from "./public-key";

// A key made by ssh-keygen (OpenSSH 9), and keys built here from node:crypto in the SSH wire format (RFC 4253 §6.6).
const SSH_KEYGEN_RSA_2048 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDpjV9b6yX7fD85++5JE/zteRfb96lM1tL+1G5g1wMP1BRM3ddHYWkfJ2ZnsIrwuMXnpjmm3DQx3gvglm741+bOejCzzzNQCz7nVFBW5tGePqgI0tIDzs+OdKKzCGCTEDGdCfRkfgAyQN5GO8BiD+cKwRU3V2RCjnpodQ+gIV22hpCXur/WOKC2P92jF6N8XJgz8a8HsIJgPxuqOlABS7gnQO5fFIQmL2R8nm6WHB/fJKWofO4ZK64OUEIifscDMJLdqC/jAf8N2KB5DjoRXxCUkbzl5go6tqlJxP+dU1t5gc8Prtn58w78eJiMrq6AVT+nma1O3/du9+7Z/8zhlhrX ops@example";
const SSH_KEYGEN_ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILQWN56RwFnW9fK0H8TexbZ+rNJolymrIdad0aABl9gs root@vm";

const sshString = (b: Buffer) => Buffer.concat([Buffer.from([b.length >>> 24, (b.length >>> 16) & 255, (b.length >>> 8) & 255, b.length & 255]), b]);
const mpint = (b: Buffer) => (b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);

function opensshRsa(bits: number, comment = ""): string {
  const { publicKey } = generateKeyPairSync("rsa", { modulusLength: bits });
  const jwk = publicKey.export({ format: "jwk" });
  const blob = Buffer.concat([sshString(Buffer.from("ssh-rsa")), sshString(mpint(Buffer.from(jwk.e!, "base64url"))), sshString(mpint(Buffer.from(jwk.n!, "base64url")))]);
  return `ssh-rsa ${blob.toString("base64")}${comment ? ` ${comment}` : ""}`;
}

describe("checkPublicKey (ImportKeyPair, seed 29894: OpenSSH RSA)", () => {
  it("accepts an ssh-keygen RSA key and reports its size and comment", () => {
    expect(checkPublicKey(SSH_KEYGEN_RSA_2048)).toEqual({ ok: true, bits: 2048, comment: "ops@example" });
  });

  it("accepts RSA keys of 1024 to 4096 bits, with surrounding whitespace and a multi-word comment", () => {
    expect(checkPublicKey(`  ${opensshRsa(1024, "a b c")}\n`)).toEqual({ ok: true, bits: 1024, comment: "a b c" });
    expect(checkPublicKey(opensshRsa(4096))).toMatchObject({ ok: true, bits: 4096, comment: "" });
  });

  it("refuses other key types: ed25519 → notRsa", () => {
    expect(checkPublicKey(SSH_KEYGEN_ED25519)).toEqual({ ok: false, error: "keyPairs.publicKey.notRsa" });
  });

  it("refuses a key under 1024 bits → size", () => {
    expect(checkPublicKey(opensshRsa(512))).toEqual({ ok: false, error: "keyPairs.publicKey.size" });
  });

  it("refuses text that is not a key: missing parts, bad base64, damaged data", () => {
    expect(checkPublicKey("ssh-rsa")).toEqual({ ok: false, error: "keyPairs.publicKey.format" });
    expect(checkPublicKey("-----BEGIN RSA PRIVATE KEY-----")).toEqual({ ok: false, error: "keyPairs.publicKey.notRsa" });
    expect(checkPublicKey("ssh-rsa AAAA*B== x")).toEqual({ ok: false, error: "keyPairs.publicKey.base64" });
    const data = SSH_KEYGEN_RSA_2048.split(" ")[1];
    expect(checkPublicKey(`ssh-rsa ${data.slice(0, 40)}`)).toEqual({ ok: false, error: "keyPairs.publicKey.corrupt" });
  });

  it("refuses an ed25519 blob relabelled as ssh-rsa → notRsa (the wire name is checked)", () => {
    expect(checkPublicKey(`ssh-rsa ${SSH_KEYGEN_ED25519.split(" ")[1]}`)).toEqual({ ok: false, error: "keyPairs.publicKey.notRsa" });
  });
});
