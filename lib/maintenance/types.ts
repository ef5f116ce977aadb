// What GET /api/maintenance answers. Wire names as Tencent spells them.
export interface RepairTaskRow {
  TaskId: string;
  InstanceId: string;
  Alias: string;
  TaskTypeId: number;
  TaskTypeName: string;
  TaskStatus: number;
  CreateTime: string;
  AuthTime: string | null;
  EndTime: string | null;
  TaskDetail: string;
  Zone: string;
  Product: string;
  AuthType: number;
  AuthSource: string;
  LanIp: string;
  WanIp: string;
}

export interface RepairTaskList {
  TotalCount: number;
  RepairTaskInfoSet: RepairTaskRow[];
}
