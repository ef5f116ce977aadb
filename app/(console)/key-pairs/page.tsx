import { listKeyPairs } from "@/server/queries/key-pairs";
import { keyPairKeys } from "@/lib/key-pairs/keys";
import { ResourcePage, resourceMetadata } from "@/components/resources/resource-page";
import { KeyPairsClient } from "./client";

export const dynamic = "force-dynamic";

export const generateMetadata = () => resourceMetadata("nav.keyPairs");

/** Key pairs of the header's region: create (private key downloaded once), import, bind, rename, delete. */
export default function KeyPairsPage() {
  return (
    <ResourcePage
      title="nav.keyPairs"
      description="page.key-pairs.description"
      load={async (w) => [[keyPairKeys.list(w.accountId, w.region), await listKeyPairs(w)]]}
    >
      {(props) => <KeyPairsClient {...props} />}
    </ResourcePage>
  );
}
