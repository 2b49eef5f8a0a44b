/**
 * Fabric frames fed to a card as its fabric link does (rdma-emu/fabric-link.ts): data requests and
 * responses to the card core (rdma-emu/card-core.ts) of a link already up, login frames to a
 * listener's LinkLogin (rdma-emu/link-login.ts) without the fabric's secret. No login may succeed,
 * every frame the card sends must decode, and the card must not spin on its ticks.
 */

import type { Prng } from "../../../kit/prng.js";
import { ALL_ACCESS } from "../../../rdma-emu/access-flags.js";
import { CardCore } from "../../../rdma-emu/card-core.js";
import { LinkProtocolError } from "../../../rdma-emu/errors.js";
import { decodeFrames, encodeFrames } from "../../../rdma-emu/frame-codec.js";
import type { DataFrame, FabricFrame } from "../../../rdma-emu/frames.js";
import { HostMemory } from "../../../rdma-emu/host-memory.js";
import { LinkLogin, type LinkLoginOutput } from "../../../rdma-emu/link-login.js";
import { fabricFrames } from "../builders/fabric-frames.js";
import type { FuzzInput } from "../inputs.js";
import { encodeDelimited } from "../wire/encode.js";
import { mutateBytes } from "../wire/mutate-bytes.js";
import { randomBytes } from "../wire/random.js";
import { data, num, singleMessage, timeStep } from "./input-meta.js";
import { type Episode, FuzzFinding, type InProcessTarget, tickWhileDue } from "./target.js";

const SELF_CARD = 0x0a0001;
const PEER_CARD = 0x0a0002;
const FRAMES_SECRET = new TextEncoder().encode("fuzz-fabric-secret-0123456789");

class FramesEpisode implements Episode {
  private readonly core: CardCore;
  private login!: LinkLogin;
  private now = 1000;
  private readonly vi: number;

  constructor(private readonly rng: Prng) {
    const memory = new HostMemory(0x8000);
    this.core = new CardCore({
      hardwareAddress: SELF_CARD,
      incarnation: 5,
      memory,
      transmit: (_peer, frame) => this.transmitted(frame),
      randomKey: () => rng.nextUint32(),
      retryTimeoutMs: 500,
      segmentBytes: rng.pick([16, 1024 * 1024]),
    });
    this.core.registerBootstrapRegion(0x1000, 0x1000);
    this.core.registerRegion({ address: 0x4000, length: 0x2000, access: ALL_ACCESS, protectionDomain: 1 });
    this.vi = this.core.createVi(1);
    this.core.connectVi(this.vi, { hardwareAddress: PEER_CARD, vi: 1 });
    this.core.linkUp(PEER_CARD, 77, this.now);
    this.newLogin();
  }

  private newLogin(): void {
    this.login = new LinkLogin({
      role: "listener",
      self: { hardwareAddress: SELF_CARD, fabricId: 1, incarnation: 5 },
      secret: FRAMES_SECRET,
      nonce: randomBytes(this.rng, 32),
      acceptsPeer: (peer) => peer === PEER_CARD,
    });
    this.loginActions(this.login.handle({ type: "start" }, this.now));
  }

  private loginActions(actions: readonly LinkLoginOutput[]): void {
    for (const action of actions) {
      if (action.type === "established")
        throw new FuzzFinding("a link logged in without the fabric's secret");
      if (action.type === "reject") {
        this.newLogin();
        return;
      }
    }
  }

  private transmitted(frame: DataFrame): void {
    let back: FabricFrame[];
    try {
      back = decodeFrames(encodeFrames([frame]));
    } catch (error) {
      throw new FuzzFinding(`the card sent a frame its peer refuses: ${(error as Error).message}`);
    }
    if (back.length !== 1) throw new FuzzFinding(`one frame sent, ${back.length} read back`);
  }

  step(input: FuzzInput): void {
    this.now += num(input, "dt");
    if (input.meta.post === true) {
      // Work of our own toward the peer, so that its responses have requests to answer.
      const op = num(input, "op");
      const onComplete = () => {};
      if (op === 0)
        this.core.post(
          this.vi,
          { opcode: "read", remoteAddress: 0x1000, rkey: 0xb007, length: 8 },
          this.now,
          onComplete,
        );
      else if (op === 1)
        this.core.post(this.vi, { opcode: "send", data: new Uint8Array(40) }, this.now, onComplete);
      else this.core.postReceive(this.vi, 4096, onComplete);
    }
    let frames: FabricFrame[] | undefined;
    try {
      frames = decodeFrames(data(input));
    } catch (error) {
      // As rdma-emu/fabric-link.ts: the link is closed with the reason.
      if (!(error instanceof LinkProtocolError)) throw error;
    }
    for (const frame of frames ?? []) {
      if (frame.type === "request" || frame.type === "response")
        this.core.receive(PEER_CARD, frame, this.now);
      else this.loginActions(this.login.handle({ type: "frame", frame }, this.now));
    }
    tickWhileDue(
      () => this.core.wakeAt() <= this.now,
      () => this.core.tick(this.now),
      "the card",
      1000,
    );
  }
}

export const framesTarget: InProcessTarget<FramesEpisode> = {
  name: "frames",
  episodeLength: 300,
  episode: (rng) => new FramesEpisode(rng),
  generate: (rng, index) => {
    const ctx = { cards: [SELF_CARD, PEER_CARD], fabricId: 1 };
    const bodies = rng.chance(0.2)
      ? { "Frame.login": 5, "Frame.challenge": 1, "Frame.accept": 1 }
      : { "Frame.request": 5, "Frame.response": 4, "Frame.login": 0.2 };
    const frames = fabricFrames(rng, ctx, rng.chance(0.9) ? 1 + rng.int(4) : 20 + rng.int(100), bodies);
    const encoded = encodeDelimited(frames);
    const r = rng.next();
    const bytes =
      r < 0.55
        ? encoded.bytes
        : r < 0.93
          ? mutateBytes(encoded, rng, 1 + rng.int(3))
          : randomBytes(rng, rng.int(64));
    return singleMessage("frames", index, bytes, {
      dt: timeStep(rng),
      post: rng.chance(0.1),
      op: rng.int(3),
    });
  },
};
