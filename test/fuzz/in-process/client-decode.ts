/**
 * The node's client request decoder (ccm/client-request-decoder.ts): whatever a client sends, each
 * request is decoded or refused, every message gets at least one reply and no more than the
 * requests one message may hold, and every reply id is a uint32 (0 only for a refusal).
 */
import { MAX_CLIENT_FRAME_BYTES } from "../../../ccm/client-codec.js";
import { decodeRequests, UndecodableRequest } from "../../../ccm/client-request-decoder.js";
import { EVENT_LOOP_STALL_MS, MAX_REQUESTS_PER_MESSAGE } from "../../../ccm/constants.js";
import { clientInput } from "../builders/client-requests.js";
import { data } from "./input-meta.js";
import { FuzzFinding, type InProcessTarget } from "./target.js";

export const clientDecodeTarget: InProcessTarget = {
  name: "client-decode",
  // No state: an episode is one input (so a slow one is replayed alone).
  episodeLength: 1,
  // A whole message (up to 1024 requests) is decoded in one turn of the node's event loop: the
  // node's own stall threshold (EVENT_LOOP_STALL_MS) is the bound.
  slowMs: EVENT_LOOP_STALL_MS,
  episode: () => ({
    step(input) {
      const bytes = data(input);
      if (bytes.length > MAX_CLIENT_FRAME_BYTES) return; // ws refuses it before the node sees it
      const items = decodeRequests(bytes);
      if (items.length === 0) throw new FuzzFinding("no item for a message: it would get no reply");
      if (items.length > MAX_REQUESTS_PER_MESSAGE)
        throw new FuzzFinding(
          `${items.length} requests from one message (limit ${MAX_REQUESTS_PER_MESSAGE})`,
        );
      for (const item of items) {
        const id = item.id;
        if (!Number.isSafeInteger(id) || id < 0 || id > 0xffff_ffff)
          throw new FuzzFinding(`request id ${id} outside 0..2^32-1`);
        if (!(item instanceof UndecodableRequest) && id === 0)
          throw new FuzzFinding("a request with id 0 decoded");
      }
    },
  }),
  generate: (rng, index) => {
    const input = clientInput("client-decode", rng, index, { self: "a", partners: ["b"] }, rng.chance(0.2));
    // Text frames never reach the decoder; their bytes go in as binary.
    return { ...input, messages: input.messages.map((m) => ({ data: m.data, text: false })) };
  },
};
