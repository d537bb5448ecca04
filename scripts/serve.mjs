// Serves the production build: `next start`, with one gate in front of it. Fetch's Request cannot
// carry TRACE, so Next fails on it with a 500 before proxy.ts (which answers every other
// method the API does not take) ever runs. It is answered here, in the API's error shape on /api.
// PORT and HOSTNAME choose the address (default localhost:3000).
// Prerendered pages and static files are answered from memory, compressed once with brotli and gzip
// (scripts/precompressed.mjs, docs/serving.md); PRECOMPRESS=0 turns that off, for a CDN or proxy
// that compresses itself, and leaves every answer to Next.
import { createServer } from "node:http";
import next from "next";
import { createPrecompressed } from "./precompressed.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "localhost";
// TRACK and other unknown methods never get here: Node's HTTP parser answers them with a 400.
const UNCARRIABLE = new Set(["TRACE"]);
const ALLOW = "GET, HEAD, OPTIONS";

function refuse(request, response) {
  const api = (request.url ?? "").startsWith("/api");
  const body = JSON.stringify({ error: "method not allowed", issues: [{ param: "(method)", message: `${request.method} is not allowed here; the API is read-only and answers ${ALLOW}` }] });
  response.writeHead(405, {
    Allow: ALLOW,
    "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...(api ? { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag, Content-Disposition, Allow" } : {}),
  });
  response.end(api ? body : `${request.method} is not allowed; this site answers ${ALLOW}\n`);
}

/**
 * Next answers /api/x/ with a 308 to /api/x before any route or proxy.ts runs, and without the API's
 * CORS headers, so a script on another site stopped at the redirect. The headers are set before Next
 * writes its answer; only such paths get them here (every API route sets its own).
 */
function corsOnApiSlashRedirect(request, response) {
  const path = (request.url ?? "").split("?")[0] ?? "";
  if (!path.startsWith("/api/") || !path.endsWith("/") || path === "/api/") return;
  response.setHeader("Access-Control-Allow-Origin", "*");
  response.setHeader("Access-Control-Expose-Headers", "ETag, Content-Disposition, Allow");
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const precompressed = process.env.PRECOMPRESS === "0" ? null : createPrecompressed({ handle, distDir: ".next", log: (msg) => console.log(msg) });
const server = createServer((request, response) => {
  if (UNCARRIABLE.has(request.method ?? "")) return refuse(request, response);
  corsOnApiSlashRedirect(request, response);
  return precompressed ? precompressed.serve(request, response) : handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`Serving the production build on http://${hostname}:${port}`);
  if (!precompressed) return;
  // Compress every prerendered page and static file now, ahead of the first reader.
  precompressed.listening(server.address());
  precompressed
    .warm()
    // A parent that forked this server with IPC (the bench) hears when the compressing is done.
    .then((n) => process.connected && process.send?.({ precompressed: n }))
    .catch((err) => console.error(`precompressed: warming failed: ${err.message}`));
});
