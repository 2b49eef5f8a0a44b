// Generates static protobufjs code with TypeScript declarations for every
// proto/*.proto into proto/generated/. `--check` regenerates into a temporary
// folder and fails when the committed files are stale.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const protoDir = "proto";
const committedDir = join(protoDir, "generated");
const check = process.argv.includes("--check");
const outDir = check ? mkdtempSync(join(tmpdir(), "proto-")) : committedDir;
const bin = (name) => join("node_modules", ".bin", name);

const stale = [];
for (const file of readdirSync(protoDir).filter((f) => f.endsWith(".proto"))) {
  const name = basename(file, ".proto");
  const js = join(outDir, `${name}.js`);
  execFileSync(bin("pbjs"), [
    "-t",
    "static-module",
    "-w",
    "esm",
    "--no-verify",
    "--no-convert",
    "--no-typeurl",
    "--no-create",
    "-o",
    js,
    join(protoDir, file),
  ]);
  execFileSync(bin("pbts"), ["-o", join(outDir, `${name}.d.ts`), js]);
  if (check) {
    for (const ext of [".js", ".d.ts"]) {
      const fresh = readFileSync(join(outDir, name + ext), "utf8");
      let old = "";
      try {
        old = readFileSync(join(committedDir, name + ext), "utf8");
      } catch {}
      if (fresh !== old) stale.push(name + ext);
    }
  }
}
if (check) {
  rmSync(outDir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`proto/generated is stale (${stale.join(", ")}): run npm run proto`);
    process.exit(1);
  }
  console.log("proto/generated is up to date");
}
