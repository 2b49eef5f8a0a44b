/** `ccm trace`: prints the handshake timeline of the nodes whose logs are given. */
import { readFileSync } from "node:fs";
import { readHandshakeTrace, stepsOf } from "../ccm/trace.js";

export function printTrace(files: string[], only: string | undefined): number {
  const lines = files.flatMap((file) => readFileSync(file, "utf8").split("\n"));
  const trace = readHandshakeTrace(lines);
  const sessions = trace.sessions.filter((s) => only === undefined || s.node === only);
  const time = (ms: number) => new Date(ms).toISOString().slice(11, 23);
  for (const session of sessions) {
    console.log(
      `${time(session.time)}  ${session.node} -> ${session.partner}  session ${session.sessionId.toString(16)} (version ${session.version})`,
    );
    for (const step of stepsOf(trace, session)) {
      const target = `${step.partnerCard} VI ${step.remoteVi} @${step.address}`;
      console.log(
        `  ${time(step.time)}  ${step.step}  local VI ${step.vi} -> ${target.padEnd(28)} ${step.durationMs.toFixed(2)} ms`,
      );
    }
  }
  const failures = trace.steps.filter((s) => !s.ok && (only === undefined || s.node === only)).length;
  if (failures > 0)
    console.log(`(${failures} failed or retried steps in the log at debug level are not shown)`);
  if (sessions.length === 0) console.log("no session in the log");
  return 0;
}
