import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

/** A raw HTTP request: fetch-based clients cannot send TRACE at all, and that is the case to test. */
function send(baseURL: string, method: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

type Operation = { parameters?: { name: string; in: string; required?: boolean; example?: string }[] };

function requiredQuery(operation: Operation | undefined): string {
  const required = (operation?.parameters ?? []).filter((p) => p.in === "query" && p.required);
  return required.length ? "?" + required.map((p) => `${p.name}=${encodeURIComponent(p.example ?? "")}`).join("&") : "";
}

test.describe("HTTP methods on the API", () => {
  test("every documented path answers GET, HEAD and OPTIONS and refuses the rest with 405, Allow and CORS", async ({ request, baseURL }) => {
    const document = (await (await request.get("/api/openapi.json")).json()) as { paths: Record<string, { get?: Operation }> };
    // A path whose query has a required parameter is asked with the document's own example of it.
    const paths = [...Object.entries(document.paths).map(([path, item]) => path + requiredQuery(item.get)), "/api/no-such-path"];
    expect(paths.length).toBeGreaterThan(6);
    expect(paths).toContain("/api/check?text=" + encodeURIComponent(document.paths["/api/check"]?.get?.parameters?.find((p) => p.name === "text")?.example ?? ""));
    for (const path of paths) {
      for (const method of ["GET", "HEAD", "OPTIONS"]) {
        const { status } = await send(baseURL ?? "", method, path);
        expect(status, `${method} ${path}`).toBeLessThan(path === "/api/no-such-path" ? 405 : 400);
      }
      for (const method of ["TRACE", "PUT", "POST", "DELETE", "PATCH"]) {
        const { status, headers, body } = await send(baseURL ?? "", method, path);
        expect(status, `${method} ${path}`).toBe(405);
        expect(headers.allow, `${method} ${path}`).toBe("GET, HEAD, OPTIONS");
        expect(headers["access-control-allow-origin"], `${method} ${path}`).toBe("*");
        expect(headers["content-type"]).toContain("application/json");
        expect(JSON.parse(body)).toEqual({ error: "method not allowed", issues: [{ param: "(method)", message: expect.stringContaining(method) }] });
      }
    }
  });
});

test.describe("conditional requests", () => {
  for (const path of ["/api/dataset", "/api/observations.csv", "/api/datapackage.json", "/api/openapi.json", "/api/trade?partner=CA5"]) {
    test(`${path} answers 304 to its own ETag`, async ({ request }) => {
      const first = await request.get(path);
      const etag = first.headers().etag;
      expect(etag).toBeTruthy();
      const again = await request.get(path, { headers: { "If-None-Match": etag ?? "" } });
      expect(again.status()).toBe(304);
      expect(again.headers()["access-control-allow-origin"]).toBe("*");
    });
  }
});
