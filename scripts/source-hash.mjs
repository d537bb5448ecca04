// The fingerprint of everything a production build is made from: the code, the data, the
// configuration, the lockfile and SITE_URL (absolute links and share cards depend on it).
// `npm run build` records it in .next/SOURCE_HASH; `npm start` rebuilds when it differs.
//   node scripts/source-hash.mjs          prints the current fingerprint
//   node scripts/source-hash.mjs --write  records it as the build's
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const INPUT_DIRS = ["app", "lib", "data", "public"];
const INPUT_FILES = ["package.json", "package-lock.json", "next.config.js", "tsconfig.json", "postcss.config.js", "postcss.config.mjs"];
export const RECORD = path.join(".next", "SOURCE_HASH");

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => !/\.test\.tsx?$/.test(f));
}

/** sha256 over each input's path and contents, in a fixed order. */
export function sourceHash(root = process.cwd(), env = process.env) {
  const hash = createHash("sha256");
  const list = [...INPUT_DIRS.flatMap((d) => files(path.join(root, d))), ...INPUT_FILES.map((f) => path.join(root, f)).filter((f) => existsSync(f))].sort();
  for (const file of list) {
    hash.update(path.relative(root, file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  hash.update(`SITE_URL=${env.SITE_URL ?? ""}`);
  return hash.digest("hex");
}

/** The fingerprint the current build was made from, or null when there is no recorded build. */
export function builtHash(root = process.cwd()) {
  const file = path.join(root, RECORD);
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const hash = sourceHash();
  if (process.argv.includes("--write")) writeFileSync(RECORD, `${hash}\n`);
  console.log(hash);
}
