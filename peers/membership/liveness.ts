/**
 * Which partners' membership daemons are alive, as one daemon sees them (part of the
 * MembershipNode core; no clock of its own). A partner is alive from its first Hello on an open
 * channel until its channel goes down, it falls silent for the heartbeat timeout, or a Hello
 * shows a new incarnation (the old one is then gone, and the new one alive).
 */
import type { Member } from "./view.js";

export interface PeerState {
  channelUp: boolean;
  /** Its daemon's incarnation, from its Hellos (0: not heard on this channel yet). */
  boot: number;
  lastHeard: number;
  /** The view it says it is a member of (0: none). */
  installed: number;
  /** It says that view lost quorum. */
  suspended: boolean;
  alive: boolean;
}

export interface Hello {
  readonly boot: number;
  readonly installed: number;
  readonly suspended: boolean;
}

export class Liveness {
  private readonly peers = new Map<string, PeerState>();
  /** When the alive set last changed. */
  changedAt = 0;

  constructor(
    private readonly self: { readonly node: string; readonly boot: number },
    private readonly timeoutMs: number,
  ) {}

  get(peer: string): PeerState | undefined {
    return this.peers.get(peer);
  }

  /** The channel came up: true if it was not up (a Hello is due). */
  channelUp(peer: string, now: number): boolean {
    const state = this.peers.get(peer);
    if (state?.channelUp === true) return false;
    if (state?.alive === true) this.changedAt = now;
    this.peers.set(peer, {
      channelUp: true,
      boot: 0,
      lastHeard: now,
      installed: 0,
      suspended: false,
      alive: false,
    });
    return true;
  }

  /** The partner is no longer alive (channel down, silence); true if it was. */
  lose(peer: string, now: number, channelDown: boolean): boolean {
    const state = this.peers.get(peer);
    if (state === undefined) return false;
    if (channelDown) {
      state.channelUp = false;
      state.boot = 0;
    }
    const was = state.alive;
    state.alive = false;
    if (was) this.changedAt = now;
    return was;
  }

  /** A Hello on an open channel: the partner (this incarnation of it) is alive. */
  heard(peer: string, hello: Hello, now: number): void {
    const state = this.peers.get(peer);
    if (state === undefined || !state.channelUp) return;
    if (!state.alive || state.boot !== hello.boot) this.changedAt = now;
    state.boot = hello.boot;
    state.lastHeard = now;
    state.installed = hello.installed;
    state.suspended = hello.suspended;
    state.alive = true;
  }

  /** Alive partners silent for the timeout, with how long (they are still alive until lost). */
  silent(now: number): { peer: string; silentMs: number }[] {
    const silent: { peer: string; silentMs: number }[] = [];
    for (const [peer, state] of this.peers) {
      // The same sum as nextDeadline: `now - lastHeard >= timeout` can miss it by a rounding.
      if (state.alive && now >= state.lastHeard + this.timeoutMs)
        silent.push({ peer, silentMs: now - state.lastHeard });
    }
    return silent;
  }

  /** When the next alive partner falls silent. */
  nextDeadline(): number {
    let next = Number.POSITIVE_INFINITY;
    for (const state of this.peers.values())
      if (state.alive) next = Math.min(next, state.lastHeard + this.timeoutMs);
    return next;
  }

  /** Partners whose channel is up. */
  channels(): string[] {
    return [...this.peers].filter(([, s]) => s.channelUp).map(([peer]) => peer);
  }

  /** The alive daemons, this one first: the members a view would have now. */
  aliveSet(): { node: string; boot: number }[] {
    const alive = [{ node: this.self.node, boot: this.self.boot }];
    for (const [node, peer] of this.peers) if (peer.alive) alive.push({ node, boot: peer.boot });
    return alive;
  }

  /** This incarnation of the member is alive (this daemon always is). */
  isAlive(member: Member): boolean {
    if (member.node === this.self.node) return member.boot === this.self.boot;
    const peer = this.peers.get(member.node);
    return peer?.alive === true && peer.boot === member.boot;
  }

  /** An alive partner says it is a member of a view. */
  anyInView(): boolean {
    for (const peer of this.peers.values()) if (peer.alive && peer.installed > 0) return true;
    return false;
  }
}
