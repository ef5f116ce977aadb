import { ApiError } from "./errors";

// seed 39572: InvalidRequest = "请求 body 的 multipart 格式错误".
const malformed = (why: string) => new ApiError("InvalidRequest", { en: `Malformed multipart body: ${why}.` });

/**
 * Parses a multipart/form-data body (seed 4574–4600) into name → value. File parts are kept as UTF-8 text;
 * no CVM action takes binary input yet.
 */
export function parseMultipart(body: Buffer, contentType: string): Record<string, string> {
  const m = contentType.match(/boundary=(?:"([^"]+)"|([^;\s]+))/i);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) throw malformed("no boundary in Content-Type");
  const delimiter = Buffer.from(`--${boundary}`);
  const out: Record<string, string> = {};
  // A form with no fields: some encoders (form-data, used by the Node SDK) then send no body at all.
  if (body.toString("latin1").trim() === "") return out;
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw malformed("boundary not found");
  for (;;) {
    pos += delimiter.length;
    if (body.subarray(pos, pos + 2).toString() === "--") return out; // closing delimiter
    if (body.subarray(pos, pos + 2).toString() !== "\r\n") throw malformed("expected CRLF after boundary");
    pos += 2;
    const headerEnd = body.indexOf("\r\n\r\n", pos);
    if (headerEnd < 0) throw malformed("part without header end");
    const headers = body.subarray(pos, headerEnd).toString("utf8");
    const name = headers.match(/content-disposition:[^\r\n]*\bname="([^"]*)"/i)?.[1];
    if (name === undefined) throw malformed("part without a name");
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), headerEnd + 4);
    if (next < 0) throw malformed("unterminated part");
    if (Object.hasOwn(out, name)) throw malformed(`duplicate part ${name}`);
    out[name] = body.subarray(headerEnd + 4, next).toString("utf8");
    pos = next + 2;
  }
}
