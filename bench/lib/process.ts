import { existsSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200; gives up after `timeoutMs` or when `failed()` says the server died. */
export async function waitForHttp(url: string, timeoutMs: number, failed: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (failed()) throw new Error(`the server behind ${url} exited before it was ready`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid (after the parenthesised command name).
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

const rssOf = (pid: number): number => {
  const status = existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, "utf8") : "";
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
};
const cmdline = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
};

/**
 * RSS of the console: every process under `root` (the start script) except the start script itself and the
 * subtree whose command line matches `exclude` (the emulator). Linux /proc only.
 */
export function processTreeRss(root: number, exclude: RegExp): { consoleBytes: number; pids: number[] } {
  const pids: number[] = [];
  const queue = children(root);
  while (queue.length) {
    const pid = queue.shift()!;
    if (exclude.test(cmdline(pid))) continue;
    pids.push(pid);
    queue.push(...children(pid));
  }
  return { consoleBytes: pids.reduce((sum, pid) => sum + rssOf(pid), 0), pids };
}
