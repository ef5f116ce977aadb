import { describe, expect, it } from "vitest";
import { isDeleteRefusal, parseAccountIds, refusalOf } from "./rules";
import type { ImageView } from "./types";

const image = (over: Partial<ImageView> = {}): ImageView => ({
  ImageId: "img-abcdefgh",
  ImageName: "golden",
  ImageType: "PRIVATE_IMAGE",
  ImageState: "NORMAL",
  OsName: "CentOS 7.9 64位",
  Platform: "CentOS",
  Architecture: "x86_64",
  ImageSize: 50,
  CreatedTime: "2024-01-01T00:00:00Z",
  ImageSource: "CREATE_IMAGE",
  ImageCreator: "100000000001",
  ImageDescription: "",
  ImageFamily: "",
  ImageDeprecated: false,
  LicenseType: "TencentCloud",
  IsSupportCloudinit: true,
  SyncPercent: null,
  SnapshotSet: [],
  Tags: [],
  ...over,
});

describe("refusalOf: the documented image rules, before a dialog opens", () => {
  it("a NORMAL own image takes every operation", () => {
    for (const op of ["launch", "edit", "share", "sync", "export", "delete"] as const) expect(refusalOf(op, image())).toBeNull();
  });

  it("work in flight (CREATING, SYNCING, IMPORTING) blocks everything (seed 36804, 26392, 26902)", () => {
    for (const state of ["CREATING", "SYNCING", "IMPORTING"]) {
      for (const op of ["launch", "edit", "share", "sync", "export", "delete"] as const) expect(refusalOf(op, image({ ImageState: state }))).toBe("busy");
    }
  });

  it("a failed image can be edited and deleted, not launched, shared, copied or exported", () => {
    const failed = image({ ImageState: "CREATEFAILED" });
    expect(refusalOf("delete", failed)).toBeNull();
    expect(refusalOf("edit", failed)).toBeNull();
    for (const op of ["launch", "share", "sync", "export"] as const) expect(refusalOf(op, failed)).toBe("notNormal");
  });

  it("public images can only be launched; shared ones launched or copied into this region (seed 26363)", () => {
    const pub = image({ ImageType: "PUBLIC_IMAGE" });
    expect(refusalOf("launch", pub)).toBeNull();
    for (const op of ["edit", "share", "sync", "export", "delete"] as const) expect(refusalOf(op, pub)).toBe("public");
    const shared = image({ ImageType: "SHARED_IMAGE" });
    expect(refusalOf("sync", shared)).toBeNull();
    for (const op of ["edit", "share", "export", "delete"] as const) expect(refusalOf(op, shared)).toBe("notOwn");
  });

  it("BYOL images are not shared; Windows and Red Hat images are not exported", () => {
    expect(refusalOf("share", image({ LicenseType: "BYOL" }))).toBe("byol");
    expect(refusalOf("export", image({ Platform: "Windows" }))).toBe("windows");
    expect(refusalOf("export", image({ Platform: "RedHat" }))).toBe("redhat");
  });
});

describe("share box and delete refusals", () => {
  it("account ids split on commas, spaces, new lines and full-width separators, duplicates dropped", () => {
    expect(parseAccountIds(" 100000000002,100000000003\n100000000002；100000000004 ")).toEqual(["100000000002", "100000000003", "100000000004"]);
    expect(parseAccountIds("  ")).toEqual([]);
  });

  it("the documented DeleteImages codes are recognised, others are not", () => {
    expect(isDeleteRefusal("InvalidImageId.InShared")).toBe(true);
    expect(isDeleteRefusal("InternalError")).toBe(false);
  });
});
