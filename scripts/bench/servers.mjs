import { fork, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";

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

/**
 * Starts the production server (scripts/serve.mjs) directly, not through npx, so the PID we hold is
 * the server's, and waits until it has compressed its pages and static files (it says so over IPC),
 * so that no measurement shares the machine with that one-off work.
 */
export async function startNext(port, cwd = process.cwd()) {
  const child = spawn(process.execPath, [new URL("../serve.mjs", import.meta.url).pathname], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: HOST },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const warmed = new Promise((resolve) => {
    child.on("message", (m) => m && typeof m === "object" && "precompressed" in m && resolve(m.precompressed));
    setTimeout(() => resolve(null), 300_000).unref();
  });
  await waitFor(`http://${HOST}:${port}/api/sources`);
  if (process.env.PRECOMPRESS !== "0") await warmed;
  child.disconnect?.();
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

/**
 * Records what a URL answers, as sent (the body still encoded), with every header but those of one
 * connection, for the bare server to replay the same bytes.
 */
export function recordRaw(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const kept = Object.fromEntries(Object.entries(res.headers).filter(([k]) => !["date", "connection", "keep-alive", "transfer-encoding"].includes(k)));
        resolve({ status: res.statusCode, headers: kept, body: Buffer.concat(chunks).toString("base64") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

/** Records what a URL answers (status, content type, body) for the bare server to replay. */
export async function record(url) {
  const res = await fetch(url);
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: { "content-type": res.headers.get("content-type") ?? "application/octet-stream" }, body: body.toString("base64") };
}
