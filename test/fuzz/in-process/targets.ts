/** Every endpoint fuzzed in this process, in the order a run takes them. */
import { clientDecodeTarget } from "./client-decode.js";
import { framesTarget } from "./frames.js";
import { heartbeatTarget } from "./heartbeat.js";
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
  framesTarget,
] as InProcessTarget[];
