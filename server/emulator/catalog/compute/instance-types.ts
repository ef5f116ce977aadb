// Every instance type, generated from the family table. A type is "<family>.<size><memory>", e.g. S5.MEDIUM4 =
// 2 vCPU / 4 GiB (seed 37473 example S5.LARGE4; seed 11322 S5.12XLARGE128). GPU and FPGA counts follow
// InstanceTypeConfig / InstanceTypeQuotaItem (seed 37412–37436, 37565–37590).
import { FAMILIES, type FamilyDef } from "./families";

export interface InstanceTypeDef {
  instanceType: string;
  family: FamilyDef;
  cpu: number;
  memory: number;
  /** Physical GPU cards; < 1 for a vGPU slice (seed 37432). 0 for non-GPU types. */
  gpuCount: number;
  /** Integer GPU count for Gpu/GPU fields (a vGPU slice counts as 1). */
  gpu: number;
  fpga: number;
  /** LOCAL_NVME disks (IT5) or LOCAL_PRO HDD blocks (D3) that come with the type. */
  localUnits: number;
  /** Intranet bandwidth in Gbps and packets per second in 万PPS (seed 37545, 37550). */
  instanceBandwidth: number;
  instancePps: number;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

function buildTypes(): InstanceTypeDef[] {
  const out: InstanceTypeDef[] = [];
  for (const f of FAMILIES) {
    for (const [suffix, cpu, memory, accel = 0, localUnits = 0] of f.sizes) {
      const gpuCount = f.category === "gpu" ? accel : 0;
      out.push({
        instanceType: `${f.family}.${suffix}`,
        family: f,
        cpu,
        memory,
        gpuCount,
        gpu: Math.ceil(gpuCount),
        fpga: f.category === "fpga" ? accel : 0,
        localUnits,
        instanceBandwidth: Math.round(clamp(cpu * f.bandwidth[0], f.bandwidth[1], f.bandwidth[2]) * 10) / 10,
        instancePps: Math.round(clamp(cpu * f.pps[0], f.pps[1], f.pps[2])),
      });
    }
  }
  return out;
}

export const INSTANCE_TYPES: readonly InstanceTypeDef[] = buildTypes();

const BY_NAME = new Map(INSTANCE_TYPES.map((t) => [t.instanceType, t]));

export function findInstanceType(instanceType: string): InstanceTypeDef | undefined {
  return BY_NAME.get(instanceType);
}

export function instanceTypesOfFamily(family: string): InstanceTypeDef[] {
  return INSTANCE_TYPES.filter((t) => t.family.family === family);
}

/**
 * Whether a string has the form of an instance type at all (for InvalidInstanceType.Malformed, seed 9549):
 * "FAMILY.SIZE" or the CDH form "CDH_<n>C<m>G" (seed 8660: 例如 CDH_1C1G).
 */
export function isWellFormedInstanceType(value: string): boolean {
  return /^[A-Z][A-Za-z0-9]*\.[A-Z0-9]+$/.test(value) || /^CDH_\d+C\d+G$/.test(value);
}

/** "CDH_2C4G" → { cpu: 2, memory: 4 } (seed 8660: CDHPAID types are "CDH_XCXG"); undefined for anything else. */
export function parseCdhInstanceType(value: string): { cpu: number; memory: number } | undefined {
  const m = /^CDH_(\d+)C(\d+)G$/.exec(value);
  if (!m) return undefined;
  const cpu = Number(m[1]);
  const memory = Number(m[2]);
  return cpu > 0 && memory > 0 ? { cpu, memory } : undefined;
}

/** InstanceTypeConfig (seed 37395–37436) for a type in a zone. */
export interface InstanceTypeConfig {
  Zone: string;
  InstanceType: string;
  InstanceFamily: string;
  GPU: number;
  CPU: number;
  Memory: number;
  FPGA: number;
  GpuCount: number;
}

export function toInstanceTypeConfig(t: InstanceTypeDef, zone: string): InstanceTypeConfig {
  return {
    Zone: zone,
    InstanceType: t.instanceType,
    InstanceFamily: t.family.family,
    GPU: t.gpu,
    CPU: t.cpu,
    Memory: t.memory,
    FPGA: t.fpga,
    GpuCount: t.gpuCount,
  };
}
