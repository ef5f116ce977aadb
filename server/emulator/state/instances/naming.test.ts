import { describe, expect, it } from "vitest";
import { expandNames } from "./naming";

describe("expandNames (RunInstances seed 8729–8736, 8803–8811)", () => {
  it("{R:x} numbers the batch from x: server_{R:3} × 2 → server_3, server_4", () => {
    expect(expandNames("server_{R:3}", 2)).toEqual(["server_3", "server_4"]);
  });
  it("one instance: the pattern becomes x; plain text stays as it is", () => {
    expect(expandNames("server_{R:3}", 1)).toEqual(["server_3"]);
    expect(expandNames("server_", 1)).toEqual(["server_"]);
  });
  it("no pattern and n > 1: suffixes 1…n", () => {
    expect(expandNames("server_", 3)).toEqual(["server_1", "server_2", "server_3"]);
  });
  it("several patterns advance together; {R:0} starts at 0", () => {
    expect(expandNames("r{R:0}-c{R:7}", 2)).toEqual(["r0-c7", "r1-c8"]);
  });
});
