// Launch templates (seed 31644–34181): one document per template under kind "launch-template", keyed by
// LaunchTemplateId, holding its versions. A version keeps the RunInstances parameters it was given (its data) —
// including a login password, which Describe never returns (seed 38055: "目前只返回实例所关联的密钥").
import type { RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { Tag } from "../instances/tags";

export const LAUNCH_TEMPLATE_KIND = "launch-template";

/**
 * The RunInstances parameters a version holds: the members of LaunchTemplateVersionData (seed 37998–38122) except
 * ClientToken (a version's own, see TemplateVersion), plus Metadata, which the create actions take (seed 32283).
 */
export const TEMPLATE_DATA_KEYS = [
  "Placement",
  "InstanceType",
  "InstanceName",
  "InstanceChargeType",
  "SystemDisk",
  "DataDisks",
  "InternetAccessible",
  "VirtualPrivateCloud",
  "ImageId",
  "SecurityGroupIds",
  "LoginSettings",
  "CamRoleName",
  "HpcClusterId",
  "InstanceCount",
  "EnhancedService",
  "UserData",
  "DisasterRecoverGroupIds",
  "ActionTimer",
  "InstanceMarketOptions",
  "HostName",
  "InstanceChargePrepaid",
  "TagSpecification",
  "DisableApiTermination",
  "Metadata",
] as const satisfies readonly (keyof RunInstancesRequest)[];

export type TemplateDataKey = (typeof TEMPLATE_DATA_KEYS)[number];
export type TemplateData = Pick<RunInstancesRequest, TemplateDataKey>;

/** seed 32302: how RunInstances' Metadata combines with the template's (default Replace). */
export const MODIFY_ACTIONS = ["Update", "Replace"] as const;
export type TemplateDataModifyAction = (typeof MODIFY_ACTIONS)[number];

export interface TemplateVersion {
  LaunchTemplateVersion: number;
  LaunchTemplateVersionDescription: string;
  /** ISO 8601 (seed 38139). */
  CreationTime: string;
  /** seed 38159: "创建者的AppId". */
  CreatedBy: string;
  /** The caller's ClientToken, or a generated "system-<uuid>" (seed 38103 example). */
  ClientToken: string;
  TemplateDataModifyAction: TemplateDataModifyAction;
  data: TemplateData;
}

export interface TemplateRecord {
  LaunchTemplateId: string;
  LaunchTemplateName: string;
  /** seed 37988: "创建该模板的用户UIN". */
  CreatedBy: string;
  CreationTime: string;
  DefaultVersionNumber: number;
  /** The highest number ever given (numbers are not reused after a version is deleted). */
  LatestVersionNumber: number;
  /** LaunchTemplateTagSpecification (seed 32281), for the tag filters of DescribeLaunchTemplates. */
  Tags: Tag[];
  versions: TemplateVersion[];
}

/** Template quota per region: not in the seed; Tencent's documented limit is 30. */
export const MAX_TEMPLATES_PER_REGION = 30;
/** seed 32645: "每个实例启动模板最多创建30个版本". */
export const MAX_VERSIONS_PER_TEMPLATE = 30;
