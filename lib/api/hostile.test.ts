import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiError } from "@/lib/schema/api";
import { TRADE_QUERY_PARAMS } from "@/lib/schema/api";
import { handleTrade } from "./trade";

/** Query strings an attacker, a fuzzer or a careless script might send. */
const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.constantFrom("", "%", "%%", "%E0%A4%A", "%00", "\u0000", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "${7*7}", "{{7*7}}", "USD,IDR", "CA5,,KAZ", "IDR\n", "2024.0", "1e3", "0x7E8", " 2024", "２０２４"),
);
const known = fc.constantFrom(...TRADE_QUERY_PARAMS);
const valid = fc.oneof(
  fc.record({ k: fc.constant("currency"), v: fc.constantFrom("USD", "IDR") }),
  fc.record({ k: fc.constant("rate"), v: fc.constantFrom("article", "annual") }),
  fc.record({ k: fc.constant("partner"), v: fc.subarray(["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"], { minLength: 1 }).map((a) => a.join(",")) }),
  fc.record({ k: fc.constant("flow"), v: fc.subarray(["total", "export", "import"], { minLength: 1 }).map((a) => a.join(",")) }),
  fc.record({ k: fc.constantFrom("from", "to"), v: fc.integer({ min: 1992, max: 2025 }).map(String) }),
);
const pair = fc.oneof(
  valid,
  fc.record({ k: known, v: junk }),
  fc.record({ k: fc.oneof(fc.string(), junk), v: junk }),
);
/** Some senders percent-encode everything, some only what would break the query. */
const encoders = [encodeURIComponent, (s: string) => s.replace(/[#&=\s%]/g, encodeURIComponent)] as const;
const queryString = fc.oneof(
  fc
    .array(fc.tuple(pair, fc.nat(1)), { maxLength: 8 })
    .map((pairs) => pairs.map(([{ k, v }, e]) => `${(encoders[e] ?? encodeURIComponent)(k)}=${(encoders[e] ?? encodeURIComponent)(v)}`).join("&")),
  fc.string({ maxLength: 300 }).map((s) => s.replace(/#/g, "%23")),
);

describe("GET /api/trade under hostile query strings", () => {
  it("never answers 5xx; every 4xx is the JSON error naming a parameter", async () => {
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        seen++;
        let url: string;
        try {
          url = `http://localhost/api/trade?${qs}`;
          new URL(url);
        } catch {
          return; // not a URL a server could receive
        }
        const res = handleTrade(new Request(url));
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.status).toBe(400);
          const body = apiError.parse(await res.json());
          expect(body.issues.length).toBeGreaterThan(0);
          for (const issue of body.issues) expect(issue.param.length).toBeGreaterThan(0);
        } else {
          expect(res.status).toBe(200);
        }
      }),
      { numRuns: 1500, seed: 20261127 },
    );
    expect(seen).toBeGreaterThanOrEqual(1000);
  }, 60_000);
});
