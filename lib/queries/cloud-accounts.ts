"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createCloudAccount } from "@/server/actions/cloud-accounts/create";
import { updateCloudAccount } from "@/server/actions/cloud-accounts/update";
import { deleteCloudAccount } from "@/server/actions/cloud-accounts/delete";
import { setDefaultCloudAccount } from "@/server/actions/cloud-accounts/set-default";
import { testCloudAccountConnection } from "@/server/actions/cloud-accounts/test-connection";
import { regionKeys } from "./region-keys";
import { useActionMutation } from "./use-action-mutation";

export const useCreateCloudAccountMutation = () => useActionMutation(createCloudAccount);
export const useSetDefaultCloudAccountMutation = () => useActionMutation(setDefaultCloudAccount);
// A read: nothing to refresh afterwards.
export const useTestCloudAccountConnectionMutation = () => useMutation({ mutationFn: testCloudAccountConnection });

/** New credentials or a deleted account: the account's cached regions and zones no longer apply. */
export function useUpdateCloudAccountMutation() {
  const queryClient = useQueryClient();
  return useActionMutation(updateCloudAccount, (result) =>
    queryClient.invalidateQueries({ queryKey: regionKeys.all(result.account.id) }),
  );
}

export function useDeleteCloudAccountMutation() {
  const queryClient = useQueryClient();
  return useActionMutation(deleteCloudAccount, () => queryClient.invalidateQueries({ queryKey: ["cvm"] }));
}
