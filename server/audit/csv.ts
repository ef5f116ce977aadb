import type { MessageKey } from "@/lib/i18n/translate";
import { csvRow } from "@/lib/instances/csv";
import type { AuditEntry } from "./log";

// The audit log as CSV: the page's columns, raw values a spreadsheet can sort and filter (ISO times in UTC, result
// codes ok/error/denied, the detail as its JSON, already redacted when it was written). Cells go through csvRow,
// which quotes and defuses formulas: targets and details hold user-chosen names.

const COLUMNS: { header: MessageKey; value: (e: AuditEntry) => string }[] = [
  { header: "audit.col.time", value: (e) => e.at },
  // A deleted user's entries keep their id; entries without one (unknown sign-ins) stay empty.
  { header: "audit.col.user", value: (e) => e.userEmail ?? e.userId ?? "" },
  { header: "audit.col.action", value: (e) => e.action },
  { header: "audit.col.target", value: (e) => e.target ?? "" },
  { header: "audit.col.result", value: (e) => e.result },
  { header: "audit.col.detail", value: (e) => (e.detail ? JSON.stringify(e.detail) : "") },
];

export function auditCsvHeader(t: (key: MessageKey) => string): string {
  return csvRow(COLUMNS.map((c) => t(c.header)));
}

export function auditCsvRows(entries: readonly AuditEntry[]): string {
  return entries.map((e) => csvRow(COLUMNS.map((c) => c.value(e)))).join("");
}
