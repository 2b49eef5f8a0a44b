/** The emulated RDMA card and fabric: the public entry for the layers above. */
export { Access, type AccessFlags, ALL_ACCESS, formatAccess } from "./access-flags.js";
export { BadInputLog } from "./bad-input-log.js";
export {
  BOOTSTRAP_REGION_ADDRESS,
  BOOTSTRAP_REGION_BYTES,
  FIRMWARE_ONLY_STATUS,
  STATUS_MAGIC,
  STATUS_WORD_OFFSET,
} from "./bootstrap-region.js";
export { Card, type CardEvent, type CardOptions, type FaultDirection } from "./card.js";
export { CardCore, type CardCoreOptions } from "./card-core.js";
export {
  BOOTSTRAP_PROTECTION_DOMAIN,
  BOOTSTRAP_RKEY,
  BOOTSTRAP_VI,
  DEFAULT_HOST_MEMORY_BYTES,
  DEFAULT_RETRY_TIMEOUT_MS,
  MAX_MESSAGE_BYTES,
} from "./constants.js";
export { CardProcess, type CardProcessOptions } from "./daemon-client.js";
export {
  CardClosedError,
  CompletionError,
  ConfigError,
  InvalidWorkRequestError,
  type LinkCloseCode,
  LinkProtocolError,
  RdmaError,
  type RdmaErrorCode,
  RegistrationError,
} from "./errors.js";
export {
  type FabricConfig,
  fabricConfigToJson,
  loadFabricConfig,
  parseFabricConfig,
} from "./fabric-config.js";
export { type LinkFaults, NO_FAULTS, validateFaults } from "./faults.js";
export {
  formatHardwareAddress,
  type HardwareAddress,
  isHardwareAddress,
  parseHardwareAddress,
} from "./hardware-address.js";
export { HostMemory } from "./host-memory.js";
export type { MemoryRegion, RegionRequest } from "./memory-region.js";
export { nodeProcessEnv, nodeProcessExecArgv } from "./process-env.js";
export { SimCard, SimFabric, type SimFabricOptions } from "./sim/sim-fabric.js";
export {
  type Completion,
  CompletionStatus,
  type ReceiveCompletion,
  type RemoteVi,
  statusName,
  type WorkRequest,
} from "./work-request.js";
