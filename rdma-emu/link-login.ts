import { createHmac, timingSafeEqual } from "node:crypto";
import type { Core } from "../kit/core.js";
import { LINK_LOGIN_TIMEOUT_MS, LINK_PROTOCOL_VERSION } from "./constants.js";
import type { FabricFrame, LinkChallengeFrame, LinkLoginFrame } from "./frames.js";
import { formatHardwareAddress, type HardwareAddress } from "./hardware-address.js";

/**
 * Link login, a pure state machine: mutual challenge/response over the cluster secret.
 *
 *   dialer (lower address)                 listener
 *     awaiting-challenge  <-- challenge --  awaiting-login     nonce_l
 *     awaiting-accept     --- login ---->                      nonce_d, proof_d
 *     established         <-- accept ---  established         proof_l
 *
 * proof_d = HMAC(secret, "login"  | transcript), proof_l = HMAC(secret, "accept" | transcript), where
 * the transcript binds the fabric, both addresses, both card incarnations and both nonces: a proof
 * cannot be replayed on another link, and a peer without the secret learns nothing it can use.
 * The whole exchange must finish within LINK_LOGIN_TIMEOUT_MS of "start": past it, the next
 * "wake" rejects the link (a stranger cannot hold a login open).
 */
export type LinkRole = "dialer" | "listener";
export type LinkLoginState =
  | "awaiting-challenge"
  | "awaiting-login"
  | "awaiting-accept"
  | "established"
  | "rejected";

export interface LinkIdentity {
  readonly hardwareAddress: HardwareAddress;
  readonly fabricId: number;
  readonly incarnation: number;
}

/** "start" once, when the link's transport is open; "frame" for each login frame; "wake" at wakeAt(). */
export type LinkLoginInput =
  | { readonly type: "start" }
  | { readonly type: "frame"; readonly frame: FabricFrame }
  | { readonly type: "wake" };

export type LinkLoginOutput =
  | { readonly type: "send"; readonly frame: FabricFrame }
  | { readonly type: "established"; readonly peer: HardwareAddress; readonly peerIncarnation: number }
  | { readonly type: "reject"; readonly reason: string; readonly code: "E_LINK_AUTH" | "E_LINK_REFUSED" };

const NONE: readonly LinkLoginOutput[] = [];

export interface LinkLoginOptions {
  readonly role: LinkRole;
  readonly self: LinkIdentity;
  readonly secret: Uint8Array;
  /** Fresh random bytes for this attempt (the machine draws no randomness of its own). */
  readonly nonce: Uint8Array;
  /** Dialer: the address it dialed; the listener must prove to be that card. */
  readonly expectedPeer?: HardwareAddress;
  /** Listener: whether a card of this address may log in at all. */
  readonly acceptsPeer?: (address: HardwareAddress) => boolean;
}

export class LinkLogin implements Core<LinkLoginInput, LinkLoginOutput> {
  private current: LinkLoginState;
  private challenge: LinkChallengeFrame | undefined;
  private login: LinkLoginFrame | undefined;
  /** When the login times out: set by "start", cleared once it ends either way. */
  private deadline = Number.POSITIVE_INFINITY;

  constructor(private readonly options: LinkLoginOptions) {
    this.current = options.role === "dialer" ? "awaiting-challenge" : "awaiting-login";
  }

  get state(): LinkLoginState {
    return this.current;
  }

  handle(input: LinkLoginInput, now: number): readonly LinkLoginOutput[] {
    if (this.current === "established" || this.current === "rejected") {
      // Over: a late wake-up is nothing; any frame is out of place.
      return input.type === "frame"
        ? this.reject(`unexpected ${input.frame.type} frame while ${this.current}`)
        : NONE;
    }
    switch (input.type) {
      case "start":
        if (this.deadline !== Number.POSITIVE_INFINITY) return NONE;
        this.deadline = now + LINK_LOGIN_TIMEOUT_MS;
        return this.start();
      case "frame":
        return this.receive(input.frame);
      case "wake":
        return now >= this.deadline ? this.reject("login timed out") : NONE;
    }
  }

  wakeAt(): number {
    return this.deadline;
  }

  /** The listener speaks first. */
  private start(): LinkLoginOutput[] {
    if (this.options.role !== "listener") return [];
    const { self, nonce } = this.options;
    this.challenge = {
      type: "challenge",
      hardwareAddress: self.hardwareAddress,
      fabricId: self.fabricId,
      cardIncarnation: self.incarnation,
      nonce,
      protocolVersion: LINK_PROTOCOL_VERSION,
    };
    return [{ type: "send", frame: this.challenge }];
  }

  private receive(frame: FabricFrame): LinkLoginOutput[] {
    if (this.current === "awaiting-challenge" && frame.type === "challenge") return this.onChallenge(frame);
    if (this.current === "awaiting-login" && frame.type === "login") {
      // A listener proves against its own challenge: none sent yet ("start"), no login to take.
      if (this.challenge === undefined) return this.reject("login frame before the challenge");
      return this.onLogin(frame);
    }
    if (this.current === "awaiting-accept" && frame.type === "accept") return this.onAccept(frame.proof);
    return this.reject(`unexpected ${frame.type} frame while ${this.current}`);
  }

  private onChallenge(challenge: LinkChallengeFrame): LinkLoginOutput[] {
    const { self, expectedPeer, nonce } = this.options;
    const mismatch = checkPeer(challenge, self, expectedPeer);
    if (mismatch !== undefined) return this.reject(mismatch);
    this.challenge = challenge;
    const unsigned = {
      type: "login" as const,
      hardwareAddress: self.hardwareAddress,
      fabricId: self.fabricId,
      cardIncarnation: self.incarnation,
      nonce,
      protocolVersion: LINK_PROTOCOL_VERSION,
    };
    this.login = { ...unsigned, proof: this.prove("login", challenge, unsigned) };
    this.current = "awaiting-accept";
    return [{ type: "send", frame: this.login }];
  }

  private onLogin(login: LinkLoginFrame): LinkLoginOutput[] {
    const { self, acceptsPeer } = this.options;
    const challenge = this.challenge as LinkChallengeFrame;
    const mismatch = checkPeer(login, self, undefined);
    if (mismatch !== undefined) return this.reject(mismatch);
    if (acceptsPeer !== undefined && !acceptsPeer(login.hardwareAddress)) {
      return this.reject(`${formatHardwareAddress(login.hardwareAddress)} is not a card of this fabric`);
    }
    if (!equalProof(login.proof, this.prove("login", challenge, login))) {
      return this.reject(
        `${formatHardwareAddress(login.hardwareAddress)} failed the challenge (wrong secret?)`,
        "E_LINK_AUTH",
      );
    }
    this.login = login;
    this.current = "established";
    this.deadline = Number.POSITIVE_INFINITY;
    return [
      { type: "send", frame: { type: "accept", proof: this.prove("accept", challenge, login) } },
      { type: "established", peer: login.hardwareAddress, peerIncarnation: login.cardIncarnation },
    ];
  }

  private onAccept(proof: Uint8Array): LinkLoginOutput[] {
    const challenge = this.challenge as LinkChallengeFrame;
    if (!equalProof(proof, this.prove("accept", challenge, this.login as LinkLoginFrame))) {
      return this.reject(
        `${formatHardwareAddress(challenge.hardwareAddress)} failed the challenge (wrong secret?)`,
        "E_LINK_AUTH",
      );
    }
    this.current = "established";
    this.deadline = Number.POSITIVE_INFINITY;
    return [
      { type: "established", peer: challenge.hardwareAddress, peerIncarnation: challenge.cardIncarnation },
    ];
  }

  private reject(
    reason: string,
    code: "E_LINK_AUTH" | "E_LINK_REFUSED" = "E_LINK_REFUSED",
  ): LinkLoginOutput[] {
    this.current = "rejected";
    this.deadline = Number.POSITIVE_INFINITY;
    return [{ type: "reject", reason, code }];
  }

  private prove(
    label: "login" | "accept",
    challenge: LinkChallengeFrame,
    login: Omit<LinkLoginFrame, "proof">,
  ): Uint8Array {
    const transcript = [
      label,
      challenge.fabricId,
      challenge.hardwareAddress,
      challenge.cardIncarnation,
      Buffer.from(challenge.nonce).toString("hex"),
      login.hardwareAddress,
      login.cardIncarnation,
      Buffer.from(login.nonce).toString("hex"),
      login.protocolVersion,
    ].join("|");
    return createHmac("sha256", this.options.secret).update(transcript).digest();
  }
}

function checkPeer(
  peer: LinkChallengeFrame | LinkLoginFrame,
  self: LinkIdentity,
  expected: HardwareAddress | undefined,
): string | undefined {
  if (peer.fabricId !== self.fabricId)
    return `peer is on fabric ${peer.fabricId}, this card on ${self.fabricId}`;
  if (peer.protocolVersion !== LINK_PROTOCOL_VERSION) {
    return `peer speaks link protocol ${peer.protocolVersion}, this card ${LINK_PROTOCOL_VERSION}`;
  }
  if (peer.hardwareAddress === self.hardwareAddress) return "peer claims this card's own hardware address";
  if (expected !== undefined && peer.hardwareAddress !== expected) {
    return `dialed ${formatHardwareAddress(expected)} but ${formatHardwareAddress(peer.hardwareAddress)} answered`;
  }
  return undefined;
}

function equalProof(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
