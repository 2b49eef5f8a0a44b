/**
 * `npm run fuzz -- [--seconds N] [--seed S] [--endpoint NAME]... [--index I]`: the fuzzer of
 * test/fuzz/harness.ts for a while (60 s by default), from a random seed unless one is given.
 * Exits 1 on any finding, each printed with its endpoint, seed and input index (the bytes are
 * saved under .ccm/fuzz-failures/). With --index it replays that one input of one endpoint.
 */
import { parseArgs } from "node:util";
import { ENDPOINTS, runFuzz } from "./harness.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    seed: { type: "string" },
    endpoint: { type: "string", multiple: true },
    index: { type: "string" },
    help: { type: "boolean" },
  },
});

if (values.help === true) {
  console.log(
    `usage: npm run fuzz -- [--seconds N] [--seed S] [--endpoint NAME]... [--index I]\nendpoints: ${ENDPOINTS.join(", ")}`,
  );
  process.exit(0);
}

const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const seconds = Number(values.seconds);
const endpoints = values.endpoint?.flatMap((e) => e.split(","));
const index = values.index === undefined ? undefined : Number(values.index);
if (!Number.isSafeInteger(seed) || !(seconds > 0) || (index !== undefined && !Number.isSafeInteger(index))) {
  console.error("--seed and --index take integers, --seconds a positive number");
  process.exit(2);
}
if (index !== undefined && endpoints?.length !== 1) {
  console.error("--index replays one input of one endpoint: give exactly one --endpoint");
  process.exit(2);
}

console.log(
  `fuzz: seed ${seed}, ${index === undefined ? `${seconds} s` : `input ${index}`}, endpoints ${(endpoints ?? ENDPOINTS).join(", ")}`,
);
const report = await runFuzz({
  seed,
  ...(endpoints === undefined ? {} : { endpoints }),
  ...(index === undefined ? { seconds } : { index }),
});
process.exit(report.findings.length > 0 ? 1 : 0);
