import { isIPv4 } from "node:net";

/** Whether a socket's remote address is the local machine (127.0.0.0/8, ::1, IPv4-mapped 127.x). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIPv4(v4)) return v4.split(".")[0] === "127";
  return address === "::1" || address === "0:0:0:0:0:0:0:1";
}

/** Whether a Host header names the local machine (guards against DNS rebinding from a browser page). */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith("[") ? host.slice(1, host.indexOf("]")) : host.split(":")[0]!;
  return name === "localhost" || isLoopbackAddress(name);
}

/**
 * Decides whether a /_emulator/* request may run; returns null when allowed, else why not.
 * The control endpoints can wipe state and move time, so only local callers get them. A POST must be JSON:
 * a browser cannot send that cross-site without a CORS preflight, which this server never grants.
 */
export function adminAccessDenied(req: { remoteAddress?: string; host?: string; method: string; contentType?: string }): string | null {
  if (!isLoopbackAddress(req.remoteAddress)) return "the control endpoints only answer loopback callers";
  if (!isLoopbackHost(req.host)) return "the Host header must name the loopback interface";
  if (req.method === "POST" && !(req.contentType ?? "").toLowerCase().startsWith("application/json")) {
    return "POST requires Content-Type: application/json";
  }
  return null;
}
