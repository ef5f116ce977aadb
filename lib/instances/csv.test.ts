import { describe, expect, it } from "vitest";
import { createRecordCounter, csvCell, csvRow, parseCsv } from "./csv";

describe("CSV", () => {
  it("quotes only when needed and doubles quotes (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded ")).toBe('" padded "');
    expect(csvRow(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });

  it("prefixes cells a spreadsheet would run as a formula", () => {
    for (const v of ["=1+1", "+1", "-1", "@SUM(A1)"]) expect(csvCell(v)).toBe(`'${v}`);
    expect(csvCell("web-01")).toBe("web-01");
  });

  it("parses back what it writes, BOM and CRLF included", () => {
    const rows = [["id", "name"], ["ins-1", 'a, "b"\nc'], ["ins-2", "测试实例"]];
    const text = "\uFEFF" + rows.map(csvRow).join("");
    expect(parseCsv(text)).toEqual(rows);
  });

  it("counts records as chunks arrive, not newlines inside quotes", () => {
    const counter = createRecordCounter();
    const text = csvRow(["h"]) + csvRow(['a\nb']) + csvRow(["c"]);
    let n = 0;
    for (let i = 0; i < text.length; i += 3) n = counter.push(text.slice(i, i + 3));
    expect(n).toBe(3);
  });
});
