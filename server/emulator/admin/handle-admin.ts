import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "../protocol/envelope";
import type { EmulatorRuntime } from "../runtime";
import { adminAccessDenied } from "./access";
import * as endpoints from "./endpoints";
import { stats } from "./stats";
import { speed } from "./speed";

const MAX_BODY_BYTES = 1024 * 1024;

async function readJson(req: IncomingMessage): Promise<{ value: unknown } | { error: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) return { error: "body too large" };
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (!text) return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: "body is not valid JSON" };
  }
}

/** Serves /_emulator/* (JSON in, JSON out, real HTTP statuses: this is not the Tencent API). */
export async function handleAdminRequest(req: IncomingMessage, res: ServerResponse, rt: EmulatorRuntime): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  const method = (req.method ?? "GET").toUpperCase();
  const denied = adminAccessDenied({
    remoteAddress: req.socket.remoteAddress,
    host: req.headers.host,
    method,
    contentType: req.headers["content-type"],
  });
  if (denied) {
    req.resume();
    return sendJson(res, 403, { error: denied });
  }
  const body = await readJson(req);
  if ("error" in body) return sendJson(res, 400, { error: body.error });

  const routeKey = `${method} ${url.pathname}`;
  let result: endpoints.AdminResult;
  try {
    result = route(rt, routeKey, body.value, url.searchParams);
  } catch (error) {
    console.error(`[emulator] ${routeKey} failed:`, error);
    result = { status: 500, body: { error: "internal error" } };
  }
  sendJson(res, result.status, result.body);
}

function route(rt: EmulatorRuntime, key: string, body: unknown, query: URLSearchParams): endpoints.AdminResult {
  const method = key.split(" ")[0]!;
  switch (key) {
    case "GET /_emulator/health":
      return endpoints.health(rt);
    case "POST /_emulator/reset":
      return endpoints.reset(rt, body);
    case "GET /_emulator/clock":
    case "POST /_emulator/clock":
      return endpoints.clock(rt, method, body);
    case "GET /_emulator/faults":
    case "POST /_emulator/faults":
    case "DELETE /_emulator/faults":
      return endpoints.faults(rt, method, body, query);
    case "GET /_emulator/speed":
    case "POST /_emulator/speed":
      return speed(rt, method, body);
    case "GET /_emulator/stats":
      return stats(rt);
    case "POST /_emulator/seed":
      return endpoints.seed(rt, body);
    default:
      return { status: 404, body: { error: `no control endpoint ${key}` } };
  }
}
