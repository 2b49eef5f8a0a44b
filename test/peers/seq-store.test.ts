import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SeqStoreError } from "../../peers/seq/errors.js";
import { MAX_BALLOT, MAX_SEQ_NUMBER } from "../../peers/seq/messages.js";
import { EMPTY_DURABLE_STATE } from "../../peers/seq/seq-node.js";
import { SeqStore } from "../../peers/seq/seq-store.js";

describe("SeqStore", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function storeWith(content: string | undefined): SeqStore {
    const dir = mkdtempSync(join(tmpdir(), "seq-store-"));
    dirs.push(dir);
    const path = join(dir, "seq-state.json");
    if (content !== undefined) writeFileSync(path, content);
    return new SeqStore(path);
  }

  it("saves and loads a state; no file is an empty state", async () => {
    const store = storeWith(undefined);
    expect(store.load()).toEqual(EMPTY_DURABLE_STATE);
    const state = {
      promised: 33,
      layout: { epoch: 33, primary: "b", secondary: "c", start: MAX_SEQ_NUMBER - 5 },
      reserved: MAX_SEQ_NUMBER,
    };
    await store.write(state);
    expect(store.load()).toEqual(state);
  });

  it.each([
    ["the poisoned reservation of finding 3", { promised: 17, reserved: 9007199267323904 }],
    ["a reservation above MAX_SEQ_NUMBER", { promised: 17, reserved: 2 ** 53 - 2 }],
    ["a reservation just above MAX_SEQ_NUMBER", { promised: 17, reserved: MAX_SEQ_NUMBER + 1 }],
    [
      "a layout starting above MAX_SEQ_NUMBER",
      { promised: 17, reserved: 5, layout: { epoch: 17, primary: "a", secondary: "b", start: 2 ** 53 - 1 } },
    ],
    ["the poisoned promise of finding 2 (2^53 - 2)", { promised: 2 ** 53 - 2, reserved: 5 }],
    ["a promise just above MAX_BALLOT (2^48)", { promised: 2 ** 48 + 1, reserved: 5 }],
    [
      "a layout of epoch 2^53 - 2 (finding 2)",
      { promised: 17, reserved: 5, layout: { epoch: 2 ** 53 - 2, primary: "a", secondary: "b", start: 5 } },
    ],
    [
      "a layout starting at 0 (finding 3)",
      { promised: 17, reserved: 5, layout: { epoch: 17, primary: "a", secondary: "b", start: 0 } },
    ],
    [
      "a layout of epoch 0",
      { promised: 17, reserved: 5, layout: { epoch: 0, primary: "a", secondary: "b", start: 1 } },
    ],
    ["no object", 42],
    ["a negative reservation", { promised: 1, reserved: -1 }],
  ])("refuses to load %s (SeqStoreError)", (_, content) => {
    const store = storeWith(JSON.stringify(content));
    expect(() => store.load()).toThrow(SeqStoreError);
  });

  it("loads a promise and a layout epoch of MAX_BALLOT, and a layout starting at 1", async () => {
    const store = storeWith(undefined);
    const state = {
      promised: MAX_BALLOT,
      layout: { epoch: MAX_BALLOT, primary: "b", secondary: "c", start: 1 },
      reserved: 0,
    };
    await store.write(state);
    expect(store.load()).toEqual(state);
  });

  it("refuses a file that is not JSON", () => {
    expect(() => storeWith("{").load()).toThrow(SeqStoreError);
  });
});
