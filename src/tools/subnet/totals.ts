import type { SplitPlan } from '../../core/subnet-split.js';
import type { Split6Plan } from '../../core/subnet6-split.js';
import { addressCount, hostCount } from '../../core/subnet.js';
import type { VlsmPlan } from '../../core/vlsm.js';

/** The totals a split or a VLSM plan ends with: its last line on a terminal, its last --json record. */

/** The last record of a split: how many subnets, usable hosts and addresses in all. */
export function splitTotal(plan: SplitPlan) {
  const { count, prefix } = plan;
  return { count, prefix, hosts: count * hostCount(prefix), addresses: count * addressCount(prefix) };
}

/** The last record of an IPv6 split, counts as strings (JSON can't hold 2^64). */
export function split6Total(plan: Split6Plan) {
  return {
    count: plan.count.toString(),
    prefix: plan.prefix,
    addresses: (plan.count << BigInt(128 - plan.prefix)).toString(),
  };
}

/** The last line of a plan: subnets, hosts asked for and usable, addresses used and left. */
export function vlsmTotal(plan: VlsmPlan, parentPrefix: number) {
  const used = plan.allocations.reduce((sum, a) => sum + addressCount(a.prefix), 0);
  return {
    subnets: plan.allocations.length,
    wanted: plan.allocations.reduce((sum, a) => sum + a.wanted, 0),
    hosts: plan.allocations.reduce((sum, a) => sum + hostCount(a.prefix), 0),
    used,
    unused: addressCount(parentPrefix) - used,
  };
}
