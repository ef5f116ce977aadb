"use client";

import { createUser } from "@/server/actions/users/create";
import { updateUser } from "@/server/actions/users/update";
import { resetUserPassword } from "@/server/actions/users/reset-password";
import { useActionMutation } from "./use-action-mutation";

// Users are listed by the server page (admin-only query); writes refresh it.
export const useCreateUserMutation = () => useActionMutation(createUser);
export const useUpdateUserMutation = () => useActionMutation(updateUser);
export const useResetUserPasswordMutation = () => useActionMutation(resetUserPassword);
