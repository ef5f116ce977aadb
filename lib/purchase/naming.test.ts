import { describe, expect, it } from "vitest";
import { expandNames, previewNames } from "./naming";

describe("{R:x} names (RunInstances seed 8734–8745)", () => {
  it("server_{R:3} gives server_3 for one instance and server_3, server_4 for two", () => {
    expect(expandNames("server_{R:3}", 1)).toEqual(["server_3"]);
    expect(expandNames("server_{R:3}", 2)).toEqual(["server_3", "server_4"]);
  });

  it("several patterns advance together", () => {
    expect(expandNames("web-{R:1}-{R:10}", 2)).toEqual(["web-1-10", "web-2-11"]);
  });

  it("without a pattern a batch gets the suffix 1…n and a single instance keeps the text", () => {
    expect(expandNames("server_", 2)).toEqual(["server_1", "server_2"]);
    expect(expandNames("server_", 1)).toEqual(["server_"]);
  });

  it("web-{R:1} for 3 instances is web-1, web-2, web-3", () => {
    expect(expandNames("web-{R:1}", 3)).toEqual(["web-1", "web-2", "web-3"]);
  });

  it("the preview shows the first three and the last of a long batch", () => {
    expect(previewNames("web-{R:1}", 10)).toEqual({ shown: ["web-1", "web-2", "web-3"], last: "web-10", more: 6 });
    expect(previewNames("web-{R:1}", 4)).toEqual({ shown: ["web-1", "web-2", "web-3", "web-4"], more: 0 });
  });
});
