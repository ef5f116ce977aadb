import fs from "node:fs";
import path from "node:path";

/**
 * Returns the contents of a generated secret file, creating it once (mode 0600, folder 0700) when missing.
 * `wx` makes creation atomic, so two processes starting together agree on one value.
 */
export function readOrCreateSecretFile(file: string, generate: () => string): string {
  try {
    return readSecretFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, generate(), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error; // the other process won
  }
  return readSecretFile(file);
}

function readSecretFile(file: string): string {
  // An existing file copied around with loose permissions is tightened rather than trusted as-is.
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const value = fs.readFileSync(file, "utf8").trim();
  if (!value) throw new Error(`Secret file ${path.basename(file)} is empty; delete it to generate a new one`);
  return value;
}
