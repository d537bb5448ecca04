import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiError } from "@/lib/schema/api";
import { checkResponse } from "@/lib/schema/api-check";
import { handleCheck } from "./check";

const get = (query: string, headers: Record<string, string> = {}) => handleCheck(new Request(`http://localhost/api/check?${query}`, { headers }));
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe("GET /api/check", () => {
  it("answers the page's answer as JSON, with CORS and an ETag", async () => {
    const res = get(q({ text: "Kazakhstan ranked first among China's trade partners in Central Asia in 2024, with trade turnover reaching $43.82 billion", lang: "en" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = checkResponse.parse(await res.json());
    expect(body.claims[0]).toMatchObject({ partner: "KAZ", period: "2024", flow: "total", kind: "level", currency: "USD", stated: "43820000000", qualifier: "none", verdict: "matches" });
    const etag = res.headers.get("etag") ?? "";
    expect(get(q({ text: "Kazakhstan ranked first among China's trade partners in Central Asia in 2024, with trade turnover reaching $43.82 billion", lang: "en" }), { "if-none-match": etag }).status).toBe(304);
  });

  it("answers in Indonesian by default", async () => {
    const body = checkResponse.parse(await get(q({ text: "Pada 2024 perdagangan dengan Asia Tengah hampir US$95 miliar" })).json());
    expect(body.lang).toBe("id");
    expect(body.claims[0]?.summary).toBe("sesuai dengan bea cukai China (US$94,82 miliar) setelah dibulatkan; berbeda dari Bank Pembangunan Eurasia (data nasional), 2024 (US$66,2 miliar)");
  });

  it.each<[string, string, RegExp]>([
    ["an empty text", q({ text: "" }), /must not be empty/],
    ["a text of spaces", q({ text: "   " }), /must not be empty/],
    ["no text", q({ lang: "en" }), /required/],
    ["a text longer than 2,000 characters", q({ text: "9".repeat(2001) }), /at most 2000 characters/],
    ["a language other than id or en", q({ text: "US$94.82 billion in 2024", lang: "fr" }), /must be one of id, en/],
    ["a parameter it does not take", q({ text: "US$94.82 billion in 2024", year: "2024" }), /unknown parameter/],
  ])("400 for %s, naming the parameter", async (_, query, message) => {
    const res = get(query);
    expect(res.status).toBe(400);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = apiError.parse(await res.json());
    expect(body.issues.length).toBeGreaterThan(0);
    expect(body.issues.some((i) => message.test(i.message) && i.param.length > 0)).toBe(true);
  });

  it("takes exactly 2,000 characters", () => {
    expect(get(q({ text: `${"Trade reached $94.82 billion in 2024. ".repeat(60)}`.slice(0, 2000) })).status).toBe(200);
  });

  it("never answers 5xx to any text, and every answer fits its schema", async () => {
    const text = fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: "grapheme", maxLength: 400 }), fc.array(fc.constantFrom("US$", "Rp", "94,82", "1.545,19", " miliar ", " billion ", "%", " 2024 ", "Kazakhstan", " hampir ", " tripled ", "Januari–Oktober", " respectively", "(", ")"), { maxLength: 80 }).map((a) => a.join("")));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom("id", "en"), async (t, lang) => {
        const res = get(q({ text: t, lang }));
        expect(res.status).toBeLessThan(500);
        if (res.status === 200) checkResponse.parse(await res.json());
        else apiError.parse(await res.json());
      }),
      { numRuns: 200 },
    );
  });
});
