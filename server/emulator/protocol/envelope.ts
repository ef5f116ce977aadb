import type { ServerResponse } from "node:http";

// seed 7894–7952: every answer is HTTP 200 with {"Response": {...}}; RequestId is always present, and a
// failure carries Error.Code and Error.Message.

export function successEnvelope(data: Record<string, unknown>, requestId: string) {
  return { Response: { ...data, RequestId: requestId } };
}

export function errorEnvelope(code: string, message: string, requestId: string) {
  return { Response: { Error: { Code: code, Message: message }, RequestId: requestId } };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}
