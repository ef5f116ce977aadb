// The checks a template version's data passes before it is kept (CreateLaunchTemplate seed 31918–32640,
// CreateLaunchTemplateVersion seed 32641–33317): the same rules as RunInstances for each parameter given — zone of
// the region, image, instance type, disks, bandwidth, prepaid term, login, network, security groups, placement
// group, tags — but no stock check: a template is a configuration, and stock is checked when RunInstances launches
// it (the seed's own CreateLaunchTemplateVersion example, seed 33063, uses ap-guangzhou-1, which is sold out).
// Codes the page does not document are mapped to the nearest one it does.
import type { RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { defaultInstanceType, isTypeOfferedInZone } from "../../catalog/compute/availability";
import { validateLaunchDisks } from "../../catalog/compute/disk-validation";
import { checkImageForInstanceType } from "../../catalog/compute/images";
import { findInstanceType, isWellFormedInstanceType, parseCdhInstanceType } from "../../catalog/compute/instance-types";
import { getZone } from "../../catalog/regions";
import { ApiError, invalidParameterValue, missingParameter } from "../../protocol/errors";
import { parseTimerTime, TIMER_ACTIONS } from "../changes/action-timers";
import { isWellFormedId } from "../ids";
import { parseLaunchAccess } from "../instances/launch-access";
import { RUN_CHARGE_TYPES } from "../instances/launch-spec";
import { parsePrepaidPeriod } from "../pricing-inputs/charge-prepaid";
import { withDocumentedCodes } from "../pricing-inputs/documented-codes";
import { parseLaunchInternet } from "../pricing-inputs/launch-internet";
import { checkMarketOptions } from "../pricing-inputs/launch-spot";
import { platformOf, requireQuoteImage } from "../pricing-inputs/quote-image";
import { MODIFY_ACTIONS, type TemplateData } from "./record";
import type { TemplateCtx } from "./repo";

/** seed 32241: the charge types a template may name (RunInstances' without CDCPAID). */
const TEMPLATE_CHARGE_TYPES = RUN_CHARGE_TYPES.filter((t) => t !== "CDCPAID");

/** RunInstances codes the template pages word differently. */
const CODE_MAP = {
  "InvalidParameterValue.KeyPairNotFound": "ResourceNotFound.KeyPairNotFound",
  "InvalidParameterValue.SubnetIdMalformed": "InvalidParameterValue.SubnetNotExist",
  "InvalidParameterValue.InvalidImageForGivenInstanceType": "InvalidParameterValue.InvalidImageId",
};

/** Checks a version's data; `region` is the request's. Throws the page's code for the first rule broken. */
export function checkTemplateData(ctx: TemplateCtx & { region: string }, d: TemplateData, modifyAction?: string): void {
  withDocumentedCodes(ctx.action, () => check(ctx, d, modifyAction), CODE_MAP);
}

function check(ctx: TemplateCtx & { region: string }, d: TemplateData, modifyAction: string | undefined): void {
  if (modifyAction !== undefined && !(MODIFY_ACTIONS as readonly string[]).includes(modifyAction)) {
    throw invalidParameterValue("TemplateDataModifyAction", `"${modifyAction}" is not one of ${MODIFY_ACTIONS.join(", ")}`);
  }
  if (!d.Placement) throw missingParameter("Placement");
  if (d.ImageId === undefined) throw missingParameter("ImageId");
  const zone = d.Placement.Zone;
  const z = getZone(zone);
  if (!z || z.region !== ctx.region) throw new ApiError("InvalidZone.MismatchRegion", { en: `The zone \`${zone}\` does not exist in the region ${ctx.region}.` });
  if ((d.Placement.ProjectId ?? 0) < 0) throw new ApiError("InvalidProjectId.NotFound", { en: `The project ${d.Placement.ProjectId} does not exist.` });

  const chargeType = d.InstanceChargeType ?? "POSTPAID_BY_HOUR";
  if (!(TEMPLATE_CHARGE_TYPES as readonly string[]).includes(chargeType)) {
    throw invalidParameterValue("InstanceChargeType", `"${chargeType}" is not one of ${TEMPLATE_CHARGE_TYPES.join(", ")}`);
  }
  if (chargeType === "PREPAID") parsePrepaidPeriod(d.InstanceChargePrepaid, true);
  checkHosts(ctx, d.Placement.HostIds, chargeType);

  const image = requireQuoteImage(ctx, d.ImageId);
  const { instanceType, typeDef, cpu } = checkType(zone, d.InstanceType, chargeType);
  const misfit = typeDef && checkImageForInstanceType("RunInstances", image, instanceType);
  if (misfit) throw new ApiError(misfit.code, misfit);

  d.DataDisks?.forEach((disk, i) => {
    if (disk.DiskSize === undefined) throw missingParameter(`DataDisks.${i}.DiskSize`);
  });
  const disks = validateLaunchDisks({ zone, instanceType: typeDef ? instanceType : "S5.SMALL1", systemDisk: d.SystemDisk, dataDisks: d.DataDisks, minSystemDiskSize: image.ImageSize });
  if (disks) throw new ApiError(disks.code, disks);
  parseLaunchInternet(d.InternetAccessible, chargeType === "PREPAID" ? "PREPAID" : chargeType === "SPOTPAID" ? "SPOTPAID" : "POSTPAID_BY_HOUR");
  if (typeDef) checkMarketOptions(d.InstanceMarketOptions, chargeType === "SPOTPAID" ? "SPOTPAID" : "POSTPAID_BY_HOUR", zone, typeDef);
  if (d.ActionTimer) {
    // seed 38091: "目前仅支持定时销毁". The 5-minute lead is RunInstances' to check, at launch.
    if (!(TIMER_ACTIONS as readonly string[]).includes(d.ActionTimer.TimerAction ?? "")) {
      throw invalidParameterValue("ActionTimer.TimerAction", `must be one of ${TIMER_ACTIONS.join(", ")}`);
    }
    parseTimerTime(d.ActionTimer.ActionTime ?? "", "ActionTimer.ActionTime");
  }
  parseLaunchAccess(d as RunInstancesRequest, ctx, { zone, platform: platformOf(image), image, typeDef, cpu });
}

function checkType(zone: string, named: string | undefined, chargeType: string) {
  const cdh = named !== undefined && chargeType === "CDHPAID" ? parseCdhInstanceType(named) : undefined;
  if (cdh) return { instanceType: named!, typeDef: undefined, cpu: cdh.cpu };
  // seed 31988: without InstanceType the system picks one when launching.
  const instanceType = named ?? defaultInstanceType(zone);
  if (!isWellFormedInstanceType(instanceType)) throw new ApiError("InvalidInstanceType.Malformed", { en: `The instance type \`${instanceType}\` is malformed.` });
  const typeDef = findInstanceType(instanceType);
  if (!typeDef) throw invalidParameterValue("InstanceType", `the instance type ${instanceType} does not exist`);
  if (!isTypeOfferedInZone(zone, instanceType)) throw new ApiError("ResourceUnavailable.InstanceType", { en: `The instance type ${instanceType} is not sold in ${zone}.` });
  return { instanceType, typeDef, cpu: typeDef.cpu };
}

/** seed 9030: instances on a dedicated host (CDHPAID) name it in Placement.HostIds. */
function checkHosts(ctx: TemplateCtx, hostIds: string[] | undefined, chargeType: string): void {
  if (!hostIds?.length) return;
  if (chargeType !== "CDHPAID") throw new ApiError("InvalidParameterCombination", { en: "Placement.HostIds can only be used with InstanceChargeType CDHPAID." });
  for (const id of hostIds) {
    if (!isWellFormedId("host", id)) throw new ApiError("InvalidHostId.Malformed", { en: `The CDH ID \`${id}\` is malformed.` });
    if (!ctx.store.has(ctx.scope, "host", id)) throw new ApiError("InvalidHostId.NotFound", { en: `The CDH \`${id}\` does not exist.` });
  }
}
