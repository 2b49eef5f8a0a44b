/**
 * What happens over an established session with one partner (004 claims 3-7), a pure core
 * (kit/core.ts) with no timers of its own: the runtime hands it the local clients' ports and the
 * partner's messages, and carries out its outputs (send a PeerMessage, connect ports, tell clients).
 *
 *   open          send PeerInfo {version, our clients' ports and memory}      claims 3-7
 *   PeerInfo in   check the version; connect our ports to the partner's for every client
 *                 both sides have; send a PortState for each; send Ready       claims 3, 5-7
 *   Ready in      once ours is out too: the session is ready, clients are told  claim 3
 *   PortState in  a partner client came, changed or left: (re)connect, answer with ours
 *
 * A client's channel toward the partner is up when the session is ready, our ports are
 * connected to the partner's current ports of the same client, and the partner's latest
 * PortState says its ports are connected to ours. Each side sends its PortState whenever its own
 * side changes, so the exchange settles after at most two messages per change.
 */
import type { Core } from "../kit/core.js";

/** A local client's side of the ports toward this partner. */
export interface LocalPorts {
  readonly client: string;
  readonly vis: readonly number[];
  readonly memoryAddress: number;
  readonly memoryLength: number;
  readonly rkey: number;
}

/** A partner client as its PortStates describe it. */
export interface RemotePorts extends LocalPorts {
  /** Our VIs its ports are connected to. */
  readonly peerVis: readonly number[];
}

export type SessionBody =
  | { readonly kind: "info"; readonly info: PeerInfoBody }
  | { readonly kind: "port-state"; readonly state: PortStateBody }
  | { readonly kind: "ready" };

export interface PeerInfoBody {
  readonly version: number;
  readonly node: string;
  readonly software: string;
  readonly clients: readonly PortStateBody[];
}

/** One client's ports as a PortState message carries them; `present` false: it left. */
export interface PortStateBody extends RemotePorts {
  readonly present: boolean;
}

export type SessionInput =
  /** The session is established: send our connection info and clients (claims 3-7). */
  | { readonly type: "open"; readonly clients: readonly LocalPorts[] }
  /** A message of this session from the partner. */
  | { readonly type: "receive"; readonly body: SessionBody }
  /** A local client registered (its ports toward this partner exist already). */
  | { readonly type: "attach"; readonly ports: LocalPorts }
  /** A local client left; its ports are being torn down. */
  | { readonly type: "detach"; readonly client: string };

export type SessionOutput =
  | { readonly type: "send"; readonly body: SessionBody }
  /** Connect the client's local VIs, port i to the partner's vis[i]. */
  | { readonly type: "connect-ports"; readonly client: string; readonly remote: RemotePorts }
  | { readonly type: "ready"; readonly partnerNode: string; readonly partnerSoftware: string }
  | { readonly type: "channel-up"; readonly client: string; readonly remote: RemotePorts }
  | { readonly type: "channel-down"; readonly client: string; readonly reason: string }
  /** The partner broke the protocol; the runtime drops the session. */
  | { readonly type: "protocol-error"; readonly reason: string };

export interface SessionOptions {
  readonly version: number;
  readonly node: string;
  readonly software: string;
}

interface LocalEntry {
  readonly ports: LocalPorts;
  /** The partner's VIs our ports are connected to, once they are. */
  connectedTo: readonly number[] | undefined;
}

export class Session implements Core<SessionInput, SessionOutput> {
  private readonly local = new Map<string, LocalEntry>();
  private readonly remote = new Map<string, RemotePorts>();
  private readonly up = new Set<string>();
  private opened = false;
  private gotInfo = false;
  private sentReady = false;
  private gotReady = false;
  private partnerNode = "";
  private partnerSoftware = "";

  constructor(private readonly options: SessionOptions) {}

  get ready(): boolean {
    return this.sentReady && this.gotReady;
  }

  /** The partner's clients, as last described. */
  get partnerClients(): ReadonlyMap<string, RemotePorts> {
    return this.remote;
  }

  /** The partner's side of a client's channel, when it is up. */
  channel(client: string): RemotePorts | undefined {
    return this.up.has(client) ? this.remote.get(client) : undefined;
  }

  isUp(client: string): boolean {
    return this.up.has(client);
  }

  handle(input: SessionInput, _now: number): SessionOutput[] {
    switch (input.type) {
      case "open":
        return this.open(input.clients);
      case "receive":
        return this.receive(input.body);
      case "attach":
        return this.attach(input.ports);
      case "detach":
        return this.detach(input.client);
    }
  }

  /** Nothing here waits on time: the handshake and the heartbeats watch the partner. */
  wakeAt(): number {
    return Number.POSITIVE_INFINITY;
  }

  private open(clients: readonly LocalPorts[]): SessionOutput[] {
    this.opened = true;
    for (const ports of clients) this.local.set(ports.client, { ports, connectedTo: undefined });
    const info: PeerInfoBody = {
      version: this.options.version,
      node: this.options.node,
      software: this.options.software,
      clients: clients.map((ports) => this.portState(ports.client)),
    };
    return [{ type: "send", body: { kind: "info", info } }];
  }

  private receive(body: SessionBody): SessionOutput[] {
    const actions: SessionOutput[] = [];
    switch (body.kind) {
      case "info":
        if (this.gotInfo) return [{ type: "protocol-error", reason: "second PeerInfo in one session" }];
        if (body.info.version !== this.options.version) {
          return [
            {
              type: "protocol-error",
              reason: `partner speaks version ${body.info.version}, the handshake agreed on ${this.options.version}`,
            },
          ];
        }
        this.gotInfo = true;
        this.partnerNode = body.info.node;
        this.partnerSoftware = body.info.software;
        for (const state of body.info.clients) this.applyRemote(state, actions);
        // Claim 3: alert the partner that we are ready (our ports toward its clients are connected).
        actions.push({ type: "send", body: { kind: "ready" } });
        this.sentReady = true;
        break;
      case "port-state":
        if (!this.gotInfo) return [{ type: "protocol-error", reason: "PortState before PeerInfo" }];
        this.applyRemote(body.state, actions);
        break;
      case "ready":
        if (!this.gotInfo || this.gotReady) return [{ type: "protocol-error", reason: "Ready out of order" }];
        this.gotReady = true;
        if (this.sentReady) {
          actions.push({
            type: "ready",
            partnerNode: this.partnerNode,
            partnerSoftware: this.partnerSoftware,
          });
        }
        break;
    }
    this.evaluate(actions, "");
    return actions;
  }

  private attach(ports: LocalPorts): SessionOutput[] {
    const actions: SessionOutput[] = [];
    const entry: LocalEntry = { ports, connectedTo: undefined };
    this.local.set(ports.client, entry);
    if (!this.opened) return actions;
    const remote = this.remote.get(ports.client);
    if (remote !== undefined) this.connect(entry, remote, actions);
    actions.push(this.sendState(ports.client));
    this.evaluate(actions, "");
    return actions;
  }

  private detach(client: string): SessionOutput[] {
    if (!this.local.delete(client)) return [];
    const actions: SessionOutput[] = [];
    if (this.opened) actions.push(this.sendState(client));
    this.evaluate(actions, "the client left");
    return actions;
  }

  private applyRemote(state: PortStateBody, actions: SessionOutput[]): void {
    const entry = this.local.get(state.client);
    if (!state.present) {
      this.remote.delete(state.client);
      if (entry !== undefined) entry.connectedTo = undefined;
      this.evaluate(actions, "the counterpart client left");
      return;
    }
    const { present: _present, ...remote } = state;
    const previous = this.remote.get(state.client);
    this.remote.set(state.client, remote);
    if (previous !== undefined && !sameVis(previous.vis, remote.vis)) {
      // The counterpart came back with new ports: the old pair is gone first.
      this.evaluate(actions, "the counterpart client was replaced");
    }
    if (entry !== undefined && !sameVis(entry.connectedTo, remote.vis)) {
      this.connect(entry, remote, actions);
      actions.push(this.sendState(state.client));
    }
  }

  private connect(entry: LocalEntry, remote: RemotePorts, actions: SessionOutput[]): void {
    entry.connectedTo = remote.vis;
    actions.push({ type: "connect-ports", client: entry.ports.client, remote });
  }

  /** Emits channel-up/down for every client whose channel changed. */
  private evaluate(actions: SessionOutput[], reason: string): void {
    for (const client of [...this.up]) {
      if (!this.channelIsUp(client)) {
        this.up.delete(client);
        actions.push({ type: "channel-down", client, reason: reason || "the channel was reset" });
      }
    }
    for (const [client, entry] of this.local) {
      if (this.up.has(client) || !this.channelIsUp(client)) continue;
      this.up.add(client);
      actions.push({
        type: "channel-up",
        client,
        remote: this.remote.get(entry.ports.client) as RemotePorts,
      });
    }
  }

  private channelIsUp(client: string): boolean {
    const entry = this.local.get(client);
    const remote = this.remote.get(client);
    return (
      this.ready &&
      entry !== undefined &&
      remote !== undefined &&
      sameVis(entry.connectedTo, remote.vis) &&
      sameVis(remote.peerVis, entry.ports.vis)
    );
  }

  private sendState(client: string): SessionOutput {
    return { type: "send", body: { kind: "port-state", state: this.portState(client) } };
  }

  private portState(client: string): PortStateBody {
    const entry = this.local.get(client);
    if (entry === undefined) {
      return { client, present: false, vis: [], memoryAddress: 0, memoryLength: 0, rkey: 0, peerVis: [] };
    }
    return {
      client,
      present: true,
      vis: entry.ports.vis,
      memoryAddress: entry.ports.memoryAddress,
      memoryLength: entry.ports.memoryLength,
      rkey: entry.ports.rkey,
      peerVis: entry.connectedTo ?? [],
    };
  }
}

function sameVis(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((vi, i) => vi === b[i]);
}
