export interface Row {
  metric: string;
  goal: string;
  measured: string;
  ok: boolean;
  note?: string;
}

/** Prints goal vs measured as a plain-text table. */
export function printTable(rows: Row[]): void {
  const head = ["metric", "goal", "measured", "", "note"];
  const cells = rows.map((r) => [r.metric, r.goal, r.measured, r.ok ? "ok" : "MISSED", r.note ?? ""]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join(" | ").trimEnd();
  console.log(`\n${line(head)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}`);
  for (const c of cells) console.log(line(c));
  console.log("");
}
