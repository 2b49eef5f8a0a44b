// The I/O thread of SeqBlockingClient: written in TypeScript, loaded through tsx from here so
// that it starts the same way whatever started the process (tsx, vitest, a bundled runner).
import { register } from "tsx/esm/api";

register();
await import("./blocking-io.ts");
