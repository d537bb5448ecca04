// `npm start`: builds the app when there is no production build or when the code, data or
// configuration changed since the last one (scripts/source-hash.mjs), then serves it on
// http://localhost:3000 (PORT and HOSTNAME override). The server replaces this process's
// children so Ctrl+C stops it.
import { spawn, spawnSync } from "node:child_process";
import { builtHash, sourceHash } from "./source-hash.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const built = builtHash();
const reason = built === null ? "No production build found" : built !== sourceHash() ? "The sources changed since the last build" : null;
if (reason) {
  console.log(`${reason}: running npm run build first.`);
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? "3000";
const host = process.env.HOSTNAME ?? "localhost";
const server = spawn(process.execPath, ["scripts/serve.mjs"], { stdio: "inherit", env: { ...process.env, PORT: port, HOSTNAME: host } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
