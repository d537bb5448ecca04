import { describe, expect, it } from "vitest";
import { apiError } from "@/lib/schema/api";
import { proxy } from "@/proxy";

const call = (method: string) => proxy(new Request("http://x/api/trade", { method }));

describe("the API's method gate", () => {
  it.each(["GET", "HEAD", "OPTIONS"])("lets %s through to the route", (method) => {
    expect(call(method)).toBeUndefined();
  });

  // TRACE cannot be built as a Request at all; scripts/serve.mjs answers it (e2e/methods.spec.ts).
  it.each(["POST", "PUT", "DELETE", "PATCH", "PROPFIND"])("answers %s with a 405 the caller can read", async (method) => {
    const response = call(method);
    expect(response?.status).toBe(405);
    expect(response?.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(response?.headers.get("access-control-allow-origin")).toBe("*");
    const body = apiError.parse(await response?.json());
    expect(body.issues[0]?.param).toBe("(method)");
    expect(body.issues[0]?.message).toContain(method);
  });
});
