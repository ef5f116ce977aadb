import { describe, expect, it } from "vitest";
import { adminAccessDenied, isLoopbackAddress, isLoopbackHost } from "./access";

describe("control endpoint access", () => {
  it("isLoopbackAddress: 127.0.0.0/8, ::1 and IPv4-mapped 127.x only", () => {
    for (const a of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(a), a).toBe(true);
    for (const a of ["10.0.0.1", "192.168.1.5", "::ffff:10.0.0.1", "fe80::1", "128.0.0.1", "", undefined]) {
      expect(isLoopbackAddress(a), String(a)).toBe(false);
    }
  });

  it("isLoopbackHost: localhost and loopback IPs, with or without port", () => {
    for (const h of ["localhost:4577", "127.0.0.1:4577", "[::1]:4577", "127.0.0.1"]) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ["evil.example:4577", "10.0.0.1", undefined]) expect(isLoopbackHost(h), String(h)).toBe(false);
  });

  it("adminAccessDenied: a non-loopback caller is refused", () => {
    expect(adminAccessDenied({ remoteAddress: "192.168.1.20", host: "127.0.0.1:4577", method: "GET" })).toMatch(/loopback/);
    expect(adminAccessDenied({ remoteAddress: "127.0.0.1", host: "127.0.0.1:4577", method: "GET" })).toBeNull();
  });

  it("adminAccessDenied: a foreign Host (DNS rebinding) or a non-JSON POST (cross-site form) is refused", () => {
    expect(adminAccessDenied({ remoteAddress: "127.0.0.1", host: "attacker.example", method: "GET" })).not.toBeNull();
    expect(adminAccessDenied({ remoteAddress: "127.0.0.1", host: "localhost:4577", method: "POST", contentType: "text/plain" })).not.toBeNull();
    expect(adminAccessDenied({ remoteAddress: "127.0.0.1", host: "localhost:4577", method: "POST", contentType: "application/json" })).toBeNull();
  });
});
