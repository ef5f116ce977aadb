import { describe, expect, it } from "vitest";
import { DEFAULT_SPEC, matchesShape, readSpec, specSearch } from "./spec";

describe("pricing spec in the URL", () => {
  it("round-trips through the URL, leaving defaults out", () => {
    const spec = { ...DEFAULT_SPEC, cpu: 8, memory: 32, gpu: "any" as const, dataSize: 200, scope: "regions" as const };
    const search = specSearch(spec);
    expect(search.toString()).toBe("cpu=8&memory=32&gpu=any&dataSize=200&scope=regions");
    expect(readSpec(search)).toEqual(spec);
    expect(specSearch(DEFAULT_SPEC).toString()).toBe("");
  });

  it("a page link ignores a malformed value and keeps the rest; the API route refuses it", () => {
    const params = { cpu: "4", memory: "8", bw: "9999", sysDisk: "FLOPPY" };
    expect(readSpec(params)).toEqual({ ...DEFAULT_SPEC, cpu: 4, memory: 8 });
    expect(readSpec(new URLSearchParams(params), true)).toBeNull();
  });

  it("a data disk size must fit its type (seed 9612: CLOUD_SSD data disks from 100 GB, steps of 10)", () => {
    expect(readSpec({ dataDisk: "CLOUD_SSD", dataSize: "50" }, true)).toBeNull();
    expect(readSpec({ dataDisk: "CLOUD_SSD", dataSize: "100" }, true)?.dataSize).toBe(100);
    expect(readSpec({ dataSize: "15" }, true)).toBeNull();
  });

  it("vGPU shares are a GPU count like any other (0.25 of a card)", () => {
    expect(readSpec({ gpu: "0.25" }, true)?.gpu).toBe(0.25);
  });

  it("matches CPU and memory exactly, GPU exactly unless any", () => {
    const t = { Cpu: 2, Memory: 4, GpuCount: 0 };
    expect(matchesShape({ cpu: 2, memory: 4, gpu: 0 }, t)).toBe(true);
    expect(matchesShape({ cpu: 2, memory: 8, gpu: 0 }, t)).toBe(false);
    expect(matchesShape({ cpu: 2, memory: 4, gpu: 1 }, t)).toBe(false);
    expect(matchesShape({ cpu: 2, memory: 4, gpu: "any" }, { ...t, GpuCount: 1 })).toBe(true);
  });
});
