/** What every driver of a real node's endpoint is given: the cluster, the run, the log watch, its budget and counters. */
import type { TestCluster } from "../../support/cluster.js";
import type { Budget } from "../budget.js";
import type { EndpointStats, RunState } from "../run-state.js";
import type { ClusterWatch } from "./cluster-watch.js";

export interface NodeEndpointOptions {
  readonly cluster: TestCluster;
  readonly run: RunState;
  readonly watch: ClusterWatch;
  readonly budget: Budget;
  readonly stats: EndpointStats;
}
