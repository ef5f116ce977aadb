import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { ApiError } from "./errors";

/** An HTTP request as received: the raw bytes signatures are computed over, before any parsing. */
export interface WireRequest {
  method: string;
  path: string;
  /** Everything after "?", exactly as sent ("" when absent). TC3 signs it verbatim. */
  rawQuery: string;
  /** Node lower-cases header names. */
  headers: IncomingHttpHeaders;
  body: Buffer;
  remoteAddress?: string;
}

// seed 4444–4448: GET at most 32 KB; POST with signature v1 at most 1 MB; POST with v3 up to 10 MB.
const MAX_GET_BYTES = 32 * 1024;
const MAX_FORM_BYTES = 1024 * 1024;
const MAX_V3_BYTES = 10 * 1024 * 1024;

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(",") : v;
}

/** The media type of Content-Type, lower-case, without parameters. */
export function mediaType(headers: IncomingHttpHeaders): string {
  return (headerValue(headers, "content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

const tooLarge = (limit: number) =>
  new ApiError("RequestSizeLimitExceeded", { en: `The request is larger than ${limit} bytes.` });

/** Reads the whole request. An oversized body is drained (so the client gets an answer) and refused. */
export async function readWireRequest(req: IncomingMessage): Promise<WireRequest> {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const wire: WireRequest = {
    method: (req.method ?? "GET").toUpperCase(),
    path: q < 0 ? url : url.slice(0, q),
    rawQuery: q < 0 ? "" : url.slice(q + 1),
    headers: req.headers,
    body: Buffer.alloc(0),
    remoteAddress: req.socket.remoteAddress,
  };
  if (Buffer.byteLength(url) > MAX_GET_BYTES) {
    req.resume();
    throw tooLarge(MAX_GET_BYTES);
  }
  const limit = mediaType(req.headers) === "application/x-www-form-urlencoded" ? MAX_FORM_BYTES : MAX_V3_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) throw tooLarge(limit);
  wire.body = Buffer.concat(chunks);
  return wire;
}
