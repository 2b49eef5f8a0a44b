/**
 * Makes a rename in `folder` durable (fsync of the folder itself): after an atomic replace
 * (write a temporary file, fsync it, rename it over), a crash leaves the old file or the new one.
 */
import { closeSync, fsyncSync, openSync } from "node:fs";

export function syncFolder(folder: string): void {
  const handle = openSync(folder, "r");
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}
