// A bare node:http server answering one recorded response, the yardstick the bench compares Next with.
//   node bare-server.mjs PORT FILE.json   (FILE: { status, headers, body(base64) })
import { readFileSync } from "node:fs";
import http from "node:http";

const [port, file] = process.argv.slice(2);
const recorded = JSON.parse(readFileSync(file, "utf8"));
const body = Buffer.from(recorded.body, "base64");
const headers = { ...recorded.headers, "content-length": String(body.length) };
http
  .createServer((_req, res) => {
    res.writeHead(recorded.status, headers);
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
