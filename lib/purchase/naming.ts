// InstanceName and HostName patterns (RunInstances seed 8729–8741 and 8814–8826), mirrored so the wizard can
// preview the names before buying. The cloud applies the same rules; this only shows them.

const PATTERN = /\{R:(\d+)\}/g;

export function hasNumberPattern(template: string): boolean {
  return /\{R:\d+\}/.test(template);
}

/**
 * The names `count` instances get from one template. seed 8734–8740: each `{R:x}` becomes x, x+1, … x+n-1 (several
 * patterns advance together); seed 8742–8745: without a pattern a batch of n > 1 gets the suffix 1…n
 * (`server_` → server_1, server_2); a single instance keeps the text as it is.
 */
export function expandNames(template: string, count: number): string[] {
  const n = Math.max(0, Math.floor(count));
  return Array.from({ length: n }, (_, i) => {
    if (hasNumberPattern(template)) return template.replace(PATTERN, (_m, x: string) => String(Number(x) + i));
    return n > 1 ? `${template}${i + 1}` : template;
  });
}

/** What the wizard shows under the name field: the first few names and the last, e.g. web-1, web-2, web-3 … web-10. */
export function previewNames(template: string, count: number, head = 3): { shown: string[]; last?: string; more: number } {
  const names = expandNames(template, count);
  if (names.length <= head + 1) return { shown: names, more: 0 };
  return { shown: names.slice(0, head), last: names[names.length - 1], more: names.length - head - 1 };
}
