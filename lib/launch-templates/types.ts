import type { TemplateShape } from "@/lib/purchase/prefill";

// What the launch template routes answer. Wire names as Tencent spells them.
export interface LaunchTemplateRow {
  LaunchTemplateId: string;
  LaunchTemplateName: string;
  DefaultVersionNumber: number;
  LatestVersionNumber: number;
  LaunchTemplateVersionCount: number;
  CreatedBy: string;
  CreationTime: string;
}

export interface LaunchTemplateList {
  TotalCount: number;
  LaunchTemplateSet: LaunchTemplateRow[];
}

/** LaunchTemplateVersionData as the SDK types it; a password it may hold is removed on the server. */
export type TemplateVersionData = TemplateShape & Record<string, unknown>;

export interface LaunchTemplateVersionRow {
  LaunchTemplateVersion: number;
  LaunchTemplateVersionDescription: string;
  IsDefaultVersion: boolean;
  CreationTime: string;
  CreatedBy: string;
  LaunchTemplateVersionData: TemplateVersionData;
}

export interface LaunchTemplateDetail {
  template: LaunchTemplateRow | null;
  TotalCount: number;
  LaunchTemplateVersionSet: LaunchTemplateVersionRow[];
}
