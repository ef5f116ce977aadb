import { gzipSync } from "node:zlib";

/**
 * First-load JS of a page as STACK.md gotcha 9 measures it: every <script src> in the served HTML except the
 * noModule polyfill, each gzipped (zlib default level, like Next's compression), summed.
 */
export async function firstLoadJs(
  pageUrl: string,
  cookie: string,
): Promise<{ gzipBytes: number; scripts: number; largest: { src: string; gzipBytes: number }; each: Array<{ src: string; gzipBytes: number }> }> {
  const html = await (await fetch(pageUrl, { headers: { cookie } })).text();
  const srcs = [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => m[1]!)
    .filter((attrs) => !/\bnomodule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => !!src);
  const unique = [...new Set(srcs)];
  if (unique.length === 0) throw new Error(`no scripts found in ${pageUrl} (signed out?)`);
  let gzipBytes = 0;
  let largest = { src: "", gzipBytes: 0 };
  const each: Array<{ src: string; gzipBytes: number }> = [];
  for (const src of unique) {
    const body = Buffer.from(await (await fetch(new URL(src, pageUrl), { headers: { cookie } })).arrayBuffer());
    const size = gzipSync(body).length;
    gzipBytes += size;
    each.push({ src: src.split("/").pop()!, gzipBytes: size });
    if (size > largest.gzipBytes) largest = { src: src.split("/").pop()!, gzipBytes: size };
  }
  return { gzipBytes, scripts: unique.length, largest, each };
}
