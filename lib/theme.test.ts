import { describe, expect, it } from "vitest";
import { parseTheme, serverThemeClass, toggledTheme } from "./theme";

describe("theme", () => {
  it("parses the cookie, defaulting to system", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("neon")).toBe("system");
    expect(parseTheme(undefined)).toBe("system");
  });
  it("renders the dark class on the server only for an explicit dark choice", () => {
    expect(serverThemeClass("dark")).toBe("dark");
    expect(serverThemeClass("light")).toBe("");
    expect(serverThemeClass("system")).toBe("");
  });
  it("toggles to the opposite of what is shown, so every click changes the page", () => {
    expect(toggledTheme(true)).toBe("light");
    expect(toggledTheme(false)).toBe("dark");
  });
});
