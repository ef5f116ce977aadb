// The operating systems ImportImage accepts, as DescribeImportImageOs reports them (seed 25544–25987). The table is the
// seed's example response (seed 25599–25925); arm_64 (an ImportImage Architecture value, seed 27144) is added to the
// Linux systems that ship arm builds, or no arm_64 import could ever succeed.
import type { ImageOsList, OsVersion } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";

const BOTH = ["x86_64", "i386"];
const WITH_ARM = ["x86_64", "i386", "arm_64"];

const VERSIONS: readonly OsVersion[] = [
  { OsName: "Windows Server 2008", OsVersions: ["9"], Architecture: BOTH },
  { OsName: "Windows Server 2012", OsVersions: ["9"], Architecture: BOTH },
  { OsName: "Windows Server 2016", OsVersions: ["9"], Architecture: BOTH },
  { OsName: "CentOS", OsVersions: ["5", "6", "7"], Architecture: WITH_ARM },
  { OsName: "CoreOS", OsVersions: ["7"], Architecture: BOTH },
  { OsName: "Debian", OsVersions: ["6", "7", "8", "9"], Architecture: WITH_ARM },
  { OsName: "FreeBSD", OsVersions: ["10"], Architecture: BOTH },
  { OsName: "Redhat", OsVersions: ["5", "6", "7"], Architecture: BOTH },
  { OsName: "OpenSUSE", OsVersions: ["11", "12"], Architecture: BOTH },
  { OsName: "SUSE", OsVersions: ["10", "11", "12", "13"], Architecture: BOTH },
  { OsName: "Ubuntu", OsVersions: ["10", "12", "14", "16"], Architecture: WITH_ARM },
  { OsName: "Other Linux", OsVersions: ["8"], Architecture: WITH_ARM },
];

const SUPPORTED: ImageOsList = {
  Linux: ["CentOS", "Ubuntu", "Debian", "OpenSUSE", "SUSE", "CoreOS", "FreeBSD", "Other Linux"],
  Windows: ["Windows Server 2008", "Windows Server 2012", "Windows Server 2016"],
};

export function importImageOsList(): { supported: ImageOsList; versions: OsVersion[] } {
  return { supported: structuredClone(SUPPORTED), versions: structuredClone(VERSIONS) as OsVersion[] };
}

export function findImportOs(osType: string): OsVersion | undefined {
  return VERSIONS.find((v) => v.OsName === osType);
}

/** What an imported system is called and how the Image structure classifies it (seed 36792: x86_64, arm, i386). */
export function importedOs(osType: string, osVersion: string, architecture: string): { osName: string; platform: string; architecture: string } {
  const windows = osType.startsWith("Windows");
  const bits = architecture === "i386" ? "32位" : "64位";
  return {
    osName: windows ? `${osType} ${bits}` : `${osType} ${osVersion} ${bits}`,
    platform: windows ? "Windows" : osType === "Redhat" ? "RedHat" : osType,
    architecture: architecture === "arm_64" ? "arm" : architecture,
  };
}
