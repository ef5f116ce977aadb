// InstanceName and HostName for a batch of RunInstances (seed 8717–8737, 8789–8813).

/** seed 8728: "不指定实例显示名称则默认显示‘未命名’". */
export const DEFAULT_INSTANCE_NAME = "未命名";
/** seed 8737: "最多支持128个字符（包含模式串）". */
export const MAX_RUN_INSTANCE_NAME = 128;

const PATTERN = /\{R:(\d+)\}/g;

export function hasNumberPattern(text: string): boolean {
  return /\{R:\d+\}/.test(text);
}

/**
 * The names of `count` instances from one template. seed 8729–8736 (InstanceName) and 8803–8811 (HostName):
 * every `{R:x}` becomes x, x+1, … x+n-1 (several patterns allowed: all advance together); without a pattern
 * a batch of n > 1 gets the suffix 1…n (`server_` → server_1, server_2); a single instance keeps the text.
 */
export function expandNames(template: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (hasNumberPattern(template)) return template.replace(PATTERN, (_m, x: string) => String(Number(x) + i));
    return count > 1 ? `${template}${i + 1}` : template;
  });
}

/**
 * The host name an instance gets when the request names none, as CVM does: "VM-<3rd>-<4th octet>-<os>"
 * for Linux (e.g. VM-16-5-centos), and a 15-character-safe form for Windows.
 */
export function defaultHostName(privateIp: string, platform: string, windows: boolean): string {
  const [, , c, d] = privateIp.split(".");
  if (windows) return `VM-${c}-${d}-win`.slice(0, 15);
  const os = platform.toLowerCase().replace(/[^a-z0-9]/g, "") || "linux";
  return `VM-${c}-${d}-${os}`;
}
