/**
 * A client of a node's membership daemon (the "cms" service): its status, and its notifications
 * as they happen (the three kinds, typed as MembershipNotification).
 *
 *   const cms = await MembershipClient.connect("ws://127.0.0.1:7201");
 *   const { view, coordinator, nodes } = await cms.status();
 *   const stop = await cms.watch((n) => console.log(n.type));
 */
import { CcmServiceClient } from "../../ccm/client.js";
import { ServiceCallError } from "../../ccm/errors.js";
import { membership as wire } from "../../proto/generated/membership.js";
import { longToSafeInteger } from "../../proto/int64.js";
import {
  MembershipBadRequestError,
  type MembershipError,
  MembershipStoreError,
  MembershipUnavailableError,
} from "./errors.js";
import { MEMBERSHIP_SERVICE } from "./membership-service.js";
import type { MembershipNotification, NodeMembershipState } from "./membership-types.js";
import type { View } from "./view.js";

export interface MembershipStatus {
  readonly node: string;
  /** The installed view this node is a member of (id 0: none). */
  readonly view: View;
  readonly coordinator: string;
  /** Its view lost quorum: it delivers nothing new until a new view. */
  readonly suspended: boolean;
  readonly nodes: readonly {
    readonly node: string;
    readonly state: NodeMembershipState;
    readonly boot: number;
  }[];
}

export class MembershipClient {
  private constructor(private readonly service: CcmServiceClient) {}

  static async connect(url: string | URL): Promise<MembershipClient> {
    return new MembershipClient(await CcmServiceClient.connect(url));
  }

  async status(): Promise<MembershipStatus> {
    const reply = await this.call({ status: {} });
    const s = reply.status ?? {};
    return {
      node: s.node ?? "",
      view: viewFromWire(s.view),
      coordinator: s.coordinator ?? "",
      suspended: s.suspended === true,
      nodes: (s.nodes ?? []).map((n) => ({
        node: n.node ?? "",
        state: (n.state ?? "down") as NodeMembershipState,
        boot: n.boot ?? 0,
      })),
    };
  }

  /** Hears every notification from now until the connection closes; returns the unsubscribe. */
  async watch(listener: (notification: MembershipNotification) => void): Promise<() => void> {
    const stop = this.service.onServiceEvent(MEMBERSHIP_SERVICE, (payload) => {
      listener(notificationFromWire(wire.MembershipEvent.decode(payload)));
    });
    try {
      await this.call({ watch: {} });
    } catch (error) {
      stop();
      throw error;
    }
    return stop;
  }

  /** Runs once the connection closes (the node stopped or reset). */
  onClose(listener: (reason: string) => void): () => void {
    return this.service.onClose(listener);
  }

  close(): void {
    this.service.close();
  }

  private async call(call: wire.IMembershipCall): Promise<wire.MembershipReply> {
    try {
      return wire.MembershipReply.decode(
        await this.service.call(MEMBERSHIP_SERVICE, wire.MembershipCall.encode(call).finish()),
      );
    } catch (error) {
      throw error instanceof ServiceCallError ? membershipError(error) : error;
    }
  }
}

function viewFromWire(view: wire.IView | null | undefined): View {
  return {
    id: longToSafeInteger(view?.id ?? 0) ?? 0,
    members: (view?.members ?? []).map((m) => ({
      node: m.node ?? "",
      boot: m.boot ?? 0,
      since: longToSafeInteger(m.since ?? 0) ?? 0,
    })),
  };
}

function notificationFromWire(event: wire.MembershipEvent): MembershipNotification {
  if (event.viewInstalled) {
    const v = event.viewInstalled;
    return {
      type: "view-installed",
      view: viewFromWire(v.view),
      coordinator: v.coordinator ?? "",
      joined: v.joined ?? [],
      left: v.left ?? [],
    };
  }
  if (event.nodeSuspected) {
    const s = event.nodeSuspected;
    return {
      type: "node-suspected",
      node: s.node ?? "",
      reason: s.reason ?? "",
      view: longToSafeInteger(s.view ?? 0) ?? 0,
    };
  }
  const q = event.quorumLost ?? {};
  return { type: "quorum-lost", view: longToSafeInteger(q.view ?? 0) ?? 0, alive: q.alive ?? [] };
}

/** The daemon's own error, rebuilt from the code it sent. */
function membershipError(error: ServiceCallError): MembershipError | ServiceCallError {
  switch (error.serviceCode) {
    case "E_MEMBERSHIP_BAD_REQUEST":
      return new MembershipBadRequestError(error.message);
    case "E_MEMBERSHIP_UNAVAILABLE":
      return new MembershipUnavailableError(error.message);
    case "E_MEMBERSHIP_STORE":
      return new MembershipStoreError(error.message);
    default:
      return error;
  }
}
