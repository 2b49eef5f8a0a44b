/**
 * How a node logs its connection manager's events: one line per event, one field per fact, quiet
 * about what happens all the time (messages, step starts; failed steps only at debug level).
 */
import type { Logger } from "pino";
import { formatHardwareAddress } from "../rdma-emu/index.js";
import type { ManagerEvent } from "./manager-events.js";

/** One log line per manager event, one field per fact. */
export function logManagerEvent(logger: Logger, event: ManagerEvent): void {
  switch (event.type) {
    case "handshake-step-start":
    case "message":
      return;
    case "handshake-step": {
      const fields = {
        event: event.type,
        partner: event.partner,
        step: event.step,
        ok: event.ok,
        vi: event.vi,
        remoteVi: event.remoteVi,
        partnerCard: formatHardwareAddress(event.partnerCard),
        address: `0x${event.address.toString(16)}`,
        selfId: event.selfId,
        partnerBoot: event.partnerBoot,
        durationMs: Math.round(event.durationMs * 1000) / 1000,
      };
      if (event.ok) logger.info(fields, "handshake %s with %s ok", event.step, event.partner);
      else
        logger.debug(
          { ...fields, detail: event.detail },
          "handshake %s with %s: %s",
          event.step,
          event.partner,
          event.detail,
        );
      return;
    }
    case "session-connected":
      logger.info(
        { ...event, event: event.type },
        "session with %s connected (version %d)",
        event.partner,
        event.version,
      );
      return;
    case "version-mismatch":
      logger.error(
        {
          event: event.type,
          code: "E_VERSION_MISMATCH",
          partner: event.partner,
          ours: event.ours,
          theirs: event.theirs,
        },
        "no common protocol version with %s: ours %s, theirs %s; no session",
        event.partner,
        event.ours.join(".."),
        event.theirs.join(".."),
      );
      return;
    case "partner-state":
      logger.info(
        { ...event, event: event.type },
        "partner %s %s%s",
        event.partner,
        event.state,
        event.detail ? `: ${event.detail}` : "",
      );
      return;
    case "partner-ready":
      logger.info({ ...event, event: event.type }, "partner %s ready; clients told", event.partner);
      return;
    case "partner-down":
      logger.warn({ ...event, event: event.type }, "partner %s down: %s", event.partner, event.reason);
      return;
    case "channel-up":
      logger.info({ ...event, event: event.type }, "channel %s <-> %s up", event.client, event.partner);
      return;
    case "channel-down":
      logger.info(
        { ...event, event: event.type },
        "channel %s <-> %s down: %s",
        event.client,
        event.partner,
        event.reason,
      );
      return;
    case "peer-protocol-error":
      logger.warn(
        { ...event, event: event.type, code: "E_PEER_PROTOCOL" },
        "partner %s broke the session protocol: %s",
        event.partner,
        event.reason,
      );
      return;
  }
}
