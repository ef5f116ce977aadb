import CreateDisasterRecoverGroup from "../CreateDisasterRecoverGroup";
import CreateLaunchTemplate from "../CreateLaunchTemplate";
import CreateLaunchTemplateVersion from "../CreateLaunchTemplateVersion";
import DeleteDisasterRecoverGroups from "../DeleteDisasterRecoverGroups";
import DeleteLaunchTemplate from "../DeleteLaunchTemplate";
import DeleteLaunchTemplateVersions from "../DeleteLaunchTemplateVersions";
import DescribeDisasterRecoverGroupQuota from "../DescribeDisasterRecoverGroupQuota";
import DescribeDisasterRecoverGroups from "../DescribeDisasterRecoverGroups";
import DescribeLaunchTemplates from "../DescribeLaunchTemplates";
import DescribeLaunchTemplateVersions from "../DescribeLaunchTemplateVersions";
import ModifyDisasterRecoverGroupAttribute from "../ModifyDisasterRecoverGroupAttribute";
import ModifyLaunchTemplateDefaultVersion from "../ModifyLaunchTemplateDefaultVersion";
import type { ActionHandler } from "../types";

// The seed's groups `placement` (spread placement groups, seed 23931–24871) and `launchtemplate` (seed 31644–34181).
export const placementTemplatesActions: Record<string, ActionHandler> = {
  DescribeDisasterRecoverGroups,
  DescribeDisasterRecoverGroupQuota,
  CreateDisasterRecoverGroup,
  ModifyDisasterRecoverGroupAttribute,
  DeleteDisasterRecoverGroups,
  DescribeLaunchTemplates,
  CreateLaunchTemplate,
  CreateLaunchTemplateVersion,
  DeleteLaunchTemplate,
  DeleteLaunchTemplateVersions,
  DescribeLaunchTemplateVersions,
  ModifyLaunchTemplateDefaultVersion,
};
