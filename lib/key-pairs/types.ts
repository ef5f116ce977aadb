import type { BindableInstance } from "./binding";

// What the key pair routes answer. Wire names kept as Tencent spells them. Never a private key.
export interface KeyPairRow {
  KeyId: string;
  KeyName: string;
  Description: string;
  ProjectId: number;
  PublicKey: string;
  AssociatedInstanceIds: string[];
  CreatedTime: string;
}

export interface KeyPairList {
  TotalCount: number;
  KeyPairSet: KeyPairRow[];
}

export interface BindableInstanceList {
  TotalCount: number;
  InstanceSet: BindableInstance[];
}
