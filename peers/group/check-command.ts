/**
 * The application monitor's checks in the real runtime: a command run by /bin/sh, healthy when
 * it exits 0 within its timeout (after which it is killed). Its output is not read.
 */
import { spawn } from "node:child_process";
import type { CheckRunner } from "./app-monitor.js";

export const runCheckCommand: CheckRunner = (command, timeoutMs, done) => {
  let settled = false;
  const settle = (healthy: boolean, detail: string) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    done(healthy, detail);
  };
  const child = spawn("/bin/sh", ["-c", command], { stdio: "ignore" });
  const timer = setTimeout(() => {
    child.kill("SIGKILL");
    settle(false, `no answer within ${timeoutMs} ms`);
  }, timeoutMs);
  child.on("error", (error) => settle(false, `cannot run: ${error.message}`));
  child.on("exit", (code, signal) =>
    settle(code === 0, code === 0 ? "exit 0" : signal !== null ? `killed by ${signal}` : `exit ${code}`),
  );
};
