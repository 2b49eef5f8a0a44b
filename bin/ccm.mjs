#!/usr/bin/env node
// `npx ccm ...`: runs the TypeScript command line through tsx.
import { register } from "tsx/esm/api";

register();
await import("../cli/ccm.ts");
