/**
 * Session messages (proto/ccm.proto) fed to a Session (ccm/session.ts) as the node's peer link
 * does: an undecodable one breaks the session (a new one opens), a message of another session is
 * dropped. What the session sends its partner must decode, and a port it connects must be a VI.
 */

import { PeerProtocolError } from "../../../ccm/errors.js";
import { decodePeerMessage, encodePeerMessage } from "../../../ccm/peer-codec.js";
import { type LocalPorts, Session, type SessionOutput } from "../../../ccm/session.js";
import type { Prng } from "../../../kit/prng.js";
import { peerMessageBytes } from "../builders/peer-message.js";
import type { FuzzInput } from "../inputs.js";
import { data, singleMessage, str } from "./input-meta.js";
import { type Episode, FuzzFinding, type InProcessTarget } from "./target.js";

const LOCAL_PORTS: LocalPorts[] = [
  { client: "fz0", vis: [3, 4], memoryAddress: 0x10000, memoryLength: 4096, rkey: 77 },
  { client: "seq", vis: [5], memoryAddress: 0x11000, memoryLength: 4096, rkey: 78 },
  { client: "heartbeat", vis: [6], memoryAddress: 0, memoryLength: 0, rkey: 0 },
];
const SESSION_CLIENTS = ["fz0", "fz1", "seq", "heartbeat"];

class SessionEpisode implements Episode {
  readonly sessionId: number;
  private session!: Session;
  private local = new Set<string>();

  constructor(rng: Prng) {
    this.sessionId = 1 + rng.int(2 ** 40);
    this.reset();
  }

  /** A session the partner broke is dropped; the next handshake opens a new one. */
  private reset(): void {
    this.session = new Session({ version: 1, node: "a", software: "fuzz" });
    this.local = new Set(LOCAL_PORTS.map((p) => p.client));
    this.check(this.session.handle({ type: "open", clients: LOCAL_PORTS }, 0));
  }

  step(input: FuzzInput): void {
    const local = str(input, "local");
    if (local !== "") {
      const ports = LOCAL_PORTS.find((p) => p.client === local) ?? { ...LOCAL_PORTS[0], client: local };
      if (this.local.has(local)) {
        this.local.delete(local);
        this.check(this.session.handle({ type: "detach", client: local }, 0));
      } else {
        this.local.add(local);
        this.check(this.session.handle({ type: "attach", ports: ports as LocalPorts }, 0));
      }
    }
    let message: ReturnType<typeof decodePeerMessage>;
    try {
      message = decodePeerMessage(data(input));
    } catch (error) {
      if (!(error instanceof PeerProtocolError)) throw error;
      this.reset();
      return;
    }
    // A message of another session is dropped (or kept for a session not yet open).
    if (message.sessionId !== this.sessionId) return;
    this.check(this.session.handle({ type: "receive", body: message.body }, 0));
  }

  private check(actions: SessionOutput[]): void {
    for (const action of actions) {
      switch (action.type) {
        case "send": {
          // What we send, the partner's decoder (the same code) must take.
          const bytes = encodePeerMessage({ sessionId: this.sessionId, body: action.body });
          try {
            decodePeerMessage(bytes);
          } catch (error) {
            throw new FuzzFinding(
              `the session sent a message its partner refuses: ${(error as Error).message}`,
            );
          }
          break;
        }
        case "connect-ports":
          for (const vi of action.remote.vis)
            if (!Number.isInteger(vi) || vi < 1 || vi > 0xfffff)
              throw new FuzzFinding(`connect-ports to VI ${vi}`);
          break;
        case "protocol-error":
          this.reset();
          return;
        default:
          break;
      }
    }
  }
}

export const sessionTarget: InProcessTarget<SessionEpisode> = {
  name: "session",
  episodeLength: 200,
  episode: (rng) => new SessionEpisode(rng),
  generate: (rng, index, episode) =>
    singleMessage(
      "session",
      index,
      peerMessageBytes(rng, { sessionId: episode.sessionId, clients: SESSION_CLIENTS }),
      { local: rng.chance(0.05) ? rng.pick(SESSION_CLIENTS) : "" },
    ),
};
