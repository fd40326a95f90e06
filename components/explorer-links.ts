import type { StatsScope } from "@/lib/analytics/scope";
import type { CommitmentListParams } from "@/lib/commitments/list-spec";
import { type ListParamsPatch, serializeListParams } from "@/lib/commitments/url-state";

/** The explorer showing the commitments these parameters select. */
export function commitmentsHref(params: ListParamsPatch): string {
  return serializeListParams("/commitments", params);
}

/** The explorer showing exactly the commitments a chart element counts: the scope plus `more`. */
export function explorerHref(scope: StatsScope, more: Partial<CommitmentListParams> = {}): string {
  return commitmentsHref({ company: scope.company, region: scope.region, ...more });
}
