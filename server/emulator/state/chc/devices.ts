// CHC (云托付物理服务器) device types: the hardware a hosted physical server reports in ChcHost (seed 35898–36102).
// CHCS5 is the DescribeChcHosts example's (seed 23727–23795: 64 cores, 256 GB, "480GB*2/3.84TB*12", family CHCS5
// "高性能计算型CHCS5"); CHC_HS1 is the ModifyChcAttribute example's DeviceType (seed 23083). The example's
// ChcInstanceType "CHCS5.128C384M" does not match its own 64 cores / 256 GB, so the types here are named for the
// hardware they describe.

export interface ChcDeviceType {
  deviceType: string;
  cpu: number;
  /** GB */
  memory: number;
  disk: string;
  gpu: string;
  networkCard: string;
  isPredefinedType: boolean;
  chcInstanceType: string;
  chcInstanceFamily: string;
  chcInstanceFamilyName: string;
}

export const CHC_DEVICE_TYPES: readonly ChcDeviceType[] = [
  {
    deviceType: "CHCS5",
    cpu: 64,
    memory: 256,
    disk: "480GB*2/3.84TB*12",
    gpu: "",
    networkCard: "",
    isPredefinedType: true,
    chcInstanceType: "CHCS5.64C256M",
    chcInstanceFamily: "CHCS5",
    chcInstanceFamilyName: "高性能计算型CHCS5",
  },
  {
    deviceType: "CHCM5",
    cpu: 96,
    memory: 768,
    disk: "480GB*2/1.92TB*4",
    gpu: "",
    networkCard: "Mellanox CX-6 100GE",
    isPredefinedType: true,
    chcInstanceType: "CHCM5.96C768M",
    chcInstanceFamily: "CHCM5",
    chcInstanceFamilyName: "内存型CHCM5",
  },
  {
    deviceType: "CHC_HS1",
    cpu: 56,
    memory: 384,
    disk: "480GB*2/4TB*12",
    gpu: "",
    networkCard: "",
    isPredefinedType: false,
    chcInstanceType: "",
    chcInstanceFamily: "",
    chcInstanceFamilyName: "",
  },
];

export function findDeviceType(deviceType: string): ChcDeviceType | undefined {
  return CHC_DEVICE_TYPES.find((d) => d.deviceType === deviceType);
}

/** HardwareDescription: "分别为CPU核数，内存容量和磁盘容量" (seed 35979), as in "64核 256GB 480GB*2/3.84TB*12". */
export function hardwareDescription(d: ChcDeviceType): string {
  return `${d.cpu}核 ${d.memory}GB ${d.disk}`;
}

/** The InstanceType of a CVM created on a CHC server of this device type (RunInstances ChcIds, seed 8919). */
export function chcInstanceTypeOf(d: ChcDeviceType): string {
  return d.chcInstanceType || d.deviceType;
}

/** Whether an InstanceType is that of a CVM on a CHC server (not a catalogue type: the server is hosted, not sold). */
export function isChcInstanceType(instanceType: string): boolean {
  return CHC_DEVICE_TYPES.some((d) => chcInstanceTypeOf(d) === instanceType);
}
