import ConvertOperatingSystems from "../ConvertOperatingSystems";
import CreateImage from "../CreateImage";
import DeleteImages from "../DeleteImages";
import DescribeImageFromFamily from "../DescribeImageFromFamily";
import DescribeImageQuota from "../DescribeImageQuota";
import DescribeImageSharePermission from "../DescribeImageSharePermission";
import DescribeImages from "../DescribeImages";
import DescribeImportImageOs from "../DescribeImportImageOs";
import ExportImages from "../ExportImages";
import ImportImage from "../ImportImage";
import ModifyImageAttribute from "../ModifyImageAttribute";
import ModifyImageSharePermission from "../ModifyImageSharePermission";
import SyncImages from "../SyncImages";
import type { ActionHandler } from "../types";
// Registers the {images: n} seeder of POST /_emulator/seed.
import "../../state/images/seeder";

// The `image` group of the seed's catalogue (13 actions).
export const imagesActions: Record<string, ActionHandler> = {
  DescribeImages,
  DescribeImageSharePermission,
  DescribeImportImageOs,
  DescribeImageQuota,
  ModifyImageSharePermission,
  SyncImages,
  ModifyImageAttribute,
  DeleteImages,
  ImportImage,
  ExportImages,
  CreateImage,
  DescribeImageFromFamily,
  ConvertOperatingSystems,
};
