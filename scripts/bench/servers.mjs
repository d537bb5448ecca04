import { fork, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export const HOST = "127.0.0.1";

async function waitFor(url, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms`);
}

/** Starts the production server (scripts/serve.mjs) directly, not through npx, so the PID we hold is the server's. */
export async function startNext(port, cwd = process.cwd()) {
  const child = spawn(process.execPath, [new URL("../serve.mjs", import.meta.url).pathname], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: HOST },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`http://${HOST}:${port}/api/sources`);
  return child;
}

export async function startBare(port, recordedFile) {
  const child = fork(new URL("./bare-server.mjs", import.meta.url), [String(port), recordedFile], { stdio: "inherit" });
  await new Promise((resolve, reject) => {
    child.once("message", resolve);
    child.once("exit", (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return child;
}

export function stop(child) {
  if (child && child.exitCode === null) child.kill("SIGTERM");
}

/** Resident memory of a process, in MiB, from /proc (Linux). */
export function rssMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** Records what a URL answers (status, content type, body) for the bare server to replay. */
export async function record(url) {
  const res = await fetch(url);
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: { "content-type": res.headers.get("content-type") ?? "application/octet-stream" }, body: body.toString("base64") };
}
