// `npm start`: builds the app if there is no production build yet, then serves it on
// http://localhost:3000 (PORT and HOSTNAME override). The server replaces this process's
// children so Ctrl+C stops it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build found: running npm run build first.");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? "3000";
const host = process.env.HOSTNAME ?? "localhost";
const server = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", host], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
