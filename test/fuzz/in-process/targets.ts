/** Every endpoint fuzzed in this process, in the order a run takes them. */
import { clientDecodeTarget } from "./client-decode.js";
import { deltaNodeTarget } from "./delta-node.js";
import { framesTarget } from "./frames.js";
import { groupServiceTarget } from "./group-service.js";
import { heartbeatTarget } from "./heartbeat.js";
import { membershipNodeTarget } from "./membership-node.js";
import { membershipServiceTarget } from "./membership-service.js";
import { seqTarget } from "./seq-node.js";
import { seqServiceTarget } from "./seq-service.js";
import { sessionTarget } from "./session.js";
import type { InProcessTarget } from "./target.js";

export const IN_PROCESS_TARGETS: readonly InProcessTarget[] = [
  clientDecodeTarget,
  sessionTarget,
  heartbeatTarget,
  seqTarget,
  seqServiceTarget,
  membershipNodeTarget,
  membershipServiceTarget,
  deltaNodeTarget,
  groupServiceTarget,
  framesTarget,
] as InProcessTarget[];
