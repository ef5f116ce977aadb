import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SEED_PUBLIC_KEY } from "./keypairs.testing";
import { generateOpenSshRsaKeyPair, parseOpenSshPublicKey, RSA_BITS } from "./openssh";

/** The verifying key an OpenSSH public key line stands for, rebuilt from its wire blob. */
function keyFromOpenSsh(line: string) {
  const blob = Buffer.from(line.split(" ")[1], "base64");
  const fields: Buffer[] = [];
  for (let o = 0; o < blob.length; ) {
    const n = blob.readUInt32BE(o);
    fields.push(blob.subarray(o + 4, o + 4 + n));
    o += 4 + n;
  }
  const [, e, n] = fields;
  return createPublicKey({ key: { kty: "RSA", e: e.toString("base64url"), n: n.subarray(n[0] === 0 ? 1 : 0).toString("base64url") }, format: "jwk" });
}

describe("OpenSSH keys", () => {
  it("generateOpenSshRsaKeyPair: a PKCS#1 private key that signs what the OpenSSH public key verifies", async () => {
    const pair = await generateOpenSshRsaKeyPair("skey-abcd1234");
    expect(pair.publicKey).toMatch(/^ssh-rsa AAAAB3NzaC1yc2E[A-Za-z0-9+/]+=* skey-abcd1234$/);
    expect(pair.privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+\n-----END RSA PRIVATE KEY-----\n$/);
    const signature = sign("sha256", Buffer.from("login"), createPrivateKey(pair.privateKey));
    expect(verify("sha256", Buffer.from("login"), keyFromOpenSsh(pair.publicKey), signature)).toBe(true);
    const parsed = parseOpenSshPublicKey(pair.publicKey);
    expect(parsed).toMatchObject({ type: "ssh-rsa", bits: RSA_BITS, comment: "skey-abcd1234" });
  });

  it("parseOpenSshPublicKey: the seed's example key is a 1024-bit RSA key with its comment", () => {
    expect(parseOpenSshPublicKey(SEED_PUBLIC_KEY)).toEqual({ type: "ssh-rsa", bits: 1024, body: SEED_PUBLIC_KEY.split(" ").slice(0, 2).join(" "), comment: "skey_112168" });
  });

  it.each([
    ["the seed's placeholder", "ssh-rsa XXXXXXXXXXXX== skey_45071"],
    ["no key data", "ssh-rsa"],
    ["another key type", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me"],
    ["a header that disagrees with the blob", `ssh-rsa ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from("ssh-dss")]).toString("base64")}`],
    ["a truncated blob", SEED_PUBLIC_KEY.slice(0, 120)],
    ["trailing bytes", `ssh-rsa ${Buffer.concat([Buffer.from(SEED_PUBLIC_KEY.split(" ")[1], "base64"), Buffer.from([0, 0, 0, 0])]).toString("base64")}`],
    ["not base64", "ssh-rsa AAAA!!!! x"],
  ])("parseOpenSshPublicKey: %s is refused with a reason", (_what, text) => {
    expect(typeof parseOpenSshPublicKey(text)).toBe("string");
  });

  it("parseOpenSshPublicKey: an RSA key under 1024 bits is refused", () => {
    const small = Buffer.concat([
      Buffer.from([0, 0, 0, 7]), Buffer.from("ssh-rsa"),
      Buffer.from([0, 0, 0, 3, 1, 0, 1]),
      Buffer.from([0, 0, 0, 65, 0]), Buffer.alloc(64, 0xc5),
    ]);
    expect(parseOpenSshPublicKey(`ssh-rsa ${small.toString("base64")}`)).toMatch(/512 bits/);
  });
});
