/**
 * A node with nothing but its card's firmware running: no OS layer, no connection manager. It
 * brings the card up, exposes the bootstrap region at its predefined address with a status word
 * saying "firmware only", and otherwise just serves its peers. A parent process may steer it over
 * the Node IPC channel (register memory, create VIs, inject faults, peek at memory): tests and
 * benchmarks use that to drive a real second process.
 *
 *   tsx rdma-emu/card-daemon.ts --fabric fabric.json --address 0x0a0002 [--memory BYTES]
 *                               [--retry-timeout MS] [--log-level info]
 */
import { parseArgs } from "node:util";
import { pino } from "pino";
import {
  BOOTSTRAP_REGION_ADDRESS,
  BOOTSTRAP_REGION_BYTES,
  FIRMWARE_ONLY_STATUS,
} from "./bootstrap-region.js";
import { Card } from "./card.js";
import { DEFAULT_HOST_MEMORY_BYTES } from "./constants.js";
import { type DaemonCommand, parseDaemonCommand } from "./daemon-protocol.js";
import { RdmaError } from "./errors.js";
import { loadFabricConfig } from "./fabric-config.js";
import { parseHardwareAddress } from "./hardware-address.js";
import { HostMemory } from "./host-memory.js";

const { values } = parseArgs({
  options: {
    fabric: { type: "string" },
    address: { type: "string" },
    memory: { type: "string", default: String(DEFAULT_HOST_MEMORY_BYTES) },
    "retry-timeout": { type: "string" },
    "log-level": { type: "string", default: process.env.LOG_LEVEL ?? "warn" },
  },
});

if (values.fabric === undefined || values.address === undefined) {
  process.stderr.write("usage: card-daemon --fabric <fabric.json> --address <0x0a0001> [--memory bytes]\n");
  process.exit(2);
}

const logger = pino({ level: values["log-level"] }, pino.destination(2));
const memory = new HostMemory(Number(values.memory));
const card = await Card.start({
  fabric: loadFabricConfig(values.fabric),
  hardwareAddress: parseHardwareAddress(values.address),
  memory,
  logger,
  ...(values["retry-timeout"] === undefined ? {} : { retryTimeoutMs: Number(values["retry-timeout"]) }),
});

function exposeBootstrap(): void {
  card.registerBootstrapRegion(BOOTSTRAP_REGION_ADDRESS, BOOTSTRAP_REGION_BYTES);
  memory.writeWord(BOOTSTRAP_REGION_ADDRESS, FIRMWARE_ONLY_STATUS);
}
exposeBootstrap();

card.on("event", (event) => {
  if (event.type === "reset") exposeBootstrap();
  process.send?.({ type: "event", event });
});

async function execute(command: DaemonCommand): Promise<unknown> {
  switch (command.op) {
    case "status":
      return { incarnation: card.incarnation, connectedPeers: card.connectedPeers };
    case "register":
      return card.registerRegion(command.region);
    case "deregister":
      card.deregisterRegion({ rkey: command.rkey });
      return null;
    case "create-vi":
      return card.createVi(command.protectionDomain);
    case "connect-vi":
      card.connectVi(command.vi, command.remote);
      return null;
    case "destroy-vi":
      card.destroyVi(command.vi);
      return null;
    case "post":
      return card.post(command.vi, command.request);
    case "post-receive":
      return card.postReceive(command.vi, command.maxLength);
    case "peek":
      if (!memory.contains(command.address, command.length)) throw new RangeError("outside host memory");
      return memory.read(command.address, command.length);
    case "poke":
      if (!memory.contains(command.address, command.data.length)) throw new RangeError("outside host memory");
      memory.write(command.address, command.data);
      return null;
    case "faults":
      card.setFaults(command.peer, command.faults, command.direction);
      return null;
    case "reset":
      card.reset();
      return { incarnation: card.incarnation };
  }
}

process.on("message", (message: unknown) => {
  const id = (message as { id?: unknown } | null)?.id;
  let command: DaemonCommand;
  try {
    command = parseDaemonCommand(message);
  } catch (error) {
    process.send?.({
      type: "reply",
      id,
      error: { code: "E_BAD_COMMAND", message: (error as Error).message },
    });
    return;
  }
  execute(command).then(
    (result) => process.send?.({ type: "reply", id: command.id, result }),
    (error: unknown) =>
      process.send?.({
        type: "reply",
        id: command.id,
        error: {
          code: error instanceof RdmaError ? error.code : "E_INTERNAL",
          message: (error as Error).message,
        },
      }),
  );
});

process.on("disconnect", () => void card.close().then(() => process.exit(0)));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void card.close().then(() => process.exit(0)));
}
process.send?.({ type: "ready", hardwareAddress: card.hardwareAddress, incarnation: card.incarnation });
