/** Joins class names, skipping falsy values. Small on purpose: we have no class-merging dependency. */
export function cn(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}
