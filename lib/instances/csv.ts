// CSV as RFC 4180 says (comma, CRLF, double quotes doubled), plus a guard against spreadsheet formula injection:
// instance names and tags are user-controlled, and a cell starting with = + - @ would run as a formula in Excel
// (OWASP "CSV Injection"). Such cells get a leading apostrophe, which spreadsheets hide.

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Excel opens a UTF-8 CSV as UTF-8 (Chinese names intact) only when it starts with a byte order mark. */
export const CSV_BOM = "\uFEFF";

/**
 * Counts complete CSV records in a stream of text chunks (a newline inside quotes is not a record end).
 * The export button uses it to show progress while the file streams in.
 */
export function createRecordCounter(): { push: (chunk: string) => number; readonly count: number } {
  let quoted = false;
  let count = 0;
  return {
    push(chunk: string) {
      for (let i = 0; i < chunk.length; i++) {
        const ch = chunk.charCodeAt(i);
        if (ch === 34) quoted = !quoted; // "
        else if (ch === 10 && !quoted) count++; // \n
      }
      return count;
    },
    get count() {
      return count;
    },
  };
}

/** Parses CSV text into rows (for tests and for reading an export back). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
