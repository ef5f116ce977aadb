// For RunInstances and ResetInstance (owned elsewhere): LoginSettings.KeyIds must name key pairs of the region.
// Replaces their SEAM that takes any well-formed id while the region has no key pairs.
import { requireKeyPairs, type KeyPairCtx } from "./repo";

/**
 * Throws InvalidKeyPairId.Malformed for a malformed id and the action's documented "not found" code
 * (InvalidParameterValue.KeyPairNotFound for RunInstances, seed 9680 / ResetInstance, seed 21254) for an unknown one.
 */
export function assertKeyPairsExist(ctx: KeyPairCtx, keyIds: readonly string[]): void {
  requireKeyPairs(ctx, keyIds);
}
