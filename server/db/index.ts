export { closeDb, getDb, openDatabase, type DatabaseEngine, type OpenedDatabase } from "./connection";
export type { Database } from "./schema";
export { NotFoundError, ValidationError } from "./errors";
