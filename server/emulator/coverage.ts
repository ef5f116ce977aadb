// The emulator's coverage of the seed's API surface (`npm run emulator:coverage`): every action of the seed's
// catalogue (catalog/action-specs.json, 98 actions) with whether a handler is registered for it
// (actions/index.ts). The report logic is pure so it can be tested on any lists.

export interface CoverageSpec {
  name: string;
  group: string;
}

export interface CoverageRow extends CoverageSpec {
  implemented: boolean;
}

export interface CoverageReport {
  rows: CoverageRow[];
  total: number;
  implemented: number;
  /** Seed actions without a handler, in catalogue order. */
  missing: string[];
  /** Registered handlers that are not seed actions (a typo, or an action the seed does not document). */
  unknown: string[];
  /** The process exit status: 0 when every seed action is implemented, else 1. */
  exitCode: 0 | 1;
}

export function coverageReport(specs: readonly CoverageSpec[], implementedActions: readonly string[]): CoverageReport {
  const have = new Set(implementedActions);
  const rows = specs.map((s) => ({ ...s, implemented: have.has(s.name) }));
  const known = new Set(specs.map((s) => s.name));
  const missing = rows.filter((r) => !r.implemented).map((r) => r.name);
  return {
    rows,
    total: rows.length,
    implemented: rows.length - missing.length,
    missing,
    unknown: [...have].filter((a) => !known.has(a)).sort(),
    exitCode: missing.length === 0 ? 0 : 1,
  };
}

/** The report as text: one line per action, grouped as the seed groups them, then the N/total summary. */
export function formatCoverage(report: CoverageReport): string {
  const lines: string[] = [];
  const groups = [...new Set(report.rows.map((r) => r.group))];
  for (const group of groups) {
    const rows = report.rows.filter((r) => r.group === group);
    lines.push(`${group} (${rows.filter((r) => r.implemented).length}/${rows.length})`);
    for (const r of rows) lines.push(`  ${r.implemented ? "yes" : "no "}  ${r.name}`);
  }
  lines.push("");
  if (report.unknown.length > 0) lines.push(`Registered but not in the seed: ${report.unknown.join(", ")}`);
  if (report.missing.length > 0) lines.push(`Missing (${report.missing.length}): ${report.missing.join(", ")}`);
  lines.push(`${report.implemented}/${report.total} seed actions implemented`);
  return lines.join("\n");
}
