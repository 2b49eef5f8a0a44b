import { describe, expect, it } from "vitest";
import { runCheckCommand } from "../../peers/group/check-command.js";

const run = (command: string, timeoutMs: number) =>
  new Promise<[boolean, string]>((resolve) =>
    runCheckCommand(command, timeoutMs, (ok, detail) => resolve([ok, detail])),
  );

describe("application checks as commands", () => {
  it("exit 0 is healthy; any other exit is not, with its code", async () => {
    expect(await run("true", 5000)).toEqual([true, "exit 0"]);
    expect(await run("exit 3", 5000)).toEqual([false, "exit 3"]);
  });

  it("a check that does not finish in time is killed and unhealthy", async () => {
    const [ok, detail] = await run("sleep 30", 100);
    expect(ok).toBe(false);
    expect(detail).toMatch(/no answer within 100 ms/);
  });
});
