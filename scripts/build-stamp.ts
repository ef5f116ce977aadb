// Decides whether `npm start` may reuse the existing production build: it may while no source file the build reads
// has changed since (a fingerprint of paths, sizes and modification times, stored next to the build).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "server", "public", "proxy.ts", "types", "next.config.mjs", "package-lock.json", "tsconfig.json", "postcss.config.mjs"];
const SKIP = new Set(["node_modules", ".next", "data", "emulator"]);

function walk(file: string, hash: ReturnType<typeof createHash>): void {
  if (!existsSync(file)) return;
  const stat = statSync(file);
  if (stat.isDirectory()) {
    for (const name of readdirSync(file).sort()) if (!SKIP.has(name)) walk(path.join(file, name), hash);
    return;
  }
  hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
}

export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const entry of SOURCES) walk(path.join(root, entry), hash);
  return hash.digest("hex");
}

const stampFile = (root: string) => path.join(root, ".next", "cvm-build-stamp");

export function buildIsCurrent(root: string): boolean {
  return existsSync(stampFile(root)) && readFileSync(stampFile(root), "utf8") === sourceFingerprint(root);
}

export function writeBuildStamp(root: string): void {
  writeFileSync(stampFile(root), sourceFingerprint(root));
}
