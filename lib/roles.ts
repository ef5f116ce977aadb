// Roles, weakest first. Isomorphic: used by the UI to hide controls and by the server to enforce them.
export const ROLES = ["viewer", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when `actual` is at least as strong as `min`. */
export function hasRole(actual: Role, min: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(min);
}
