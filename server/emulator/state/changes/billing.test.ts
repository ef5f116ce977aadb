import { describe, expect, it } from "vitest";
import { addMonths } from "./billing";

describe("addMonths", () => {
  it("adds calendar months in UTC, a day past the month's end landing on its last day", () => {
    expect(new Date(addMonths(Date.parse("2025-01-31T10:00:00Z"), 1)).toISOString()).toBe("2025-02-28T10:00:00.000Z");
    expect(new Date(addMonths(Date.parse("2024-01-31T10:00:00Z"), 1)).toISOString()).toBe("2024-02-29T10:00:00.000Z");
    expect(new Date(addMonths(Date.parse("2025-06-15T08:30:00Z"), 12)).toISOString()).toBe("2026-06-15T08:30:00.000Z");
    expect(new Date(addMonths(Date.parse("2025-11-30T00:00:00Z"), 3)).toISOString()).toBe("2026-02-28T00:00:00.000Z");
  });
});
