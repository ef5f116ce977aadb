import path from "node:path";

/** The folder for everything the console keeps on disk (SQLite, generated secrets). `DATA_DIR` overrides it. */
export function dataDir(): string {
  return process.env.DATA_DIR ? path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR) : path.join(process.cwd(), "data");
}
