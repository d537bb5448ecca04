import { describe, expect, it } from "vitest";
import { apiError } from "@/lib/schema/api";
import { preflight } from "./respond";
import { handleTrade } from "./trade";

const csv = (query: string) => handleTrade(new Request(`http://localhost/api/trade.csv${query}`), "csv");

describe("GET /api/trade.csv", () => {
  it("answers the same query as CSV, numbers machine-readable, with the rate and source of each row", async () => {
    const res = csv("?currency=IDR&partner=CA5&flow=total&from=2024&to=2024&periodType=year");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="china-central-asia-trade_CHN_IDR-article_CA5_total_2024-2024.csv"');
    const [header, row, ...rest] = (await res.text()).trim().split("\r\n");
    expect(header).toBe(
      "reporter,period,period_type,year,partner,flow,value,currency,value_usd,status,source_id,stated_value,stated_unit,stated_currency,rate_basis,rates_used,rate_periods,rate_source_ids,prices,unavailable_reason,unavailable_message,derivation,formula_op,formula_inputs,formula_precision,note,note_id,conversion,alternatives,id",
    );
    expect(row).toMatch(/^CHN,2024,year,2024,CA5,total,1545186720000000,IDR,94820000000,reported,astanatimes-2025-01,94\.82,billion,USD,article,USD->IDR 16296,2025-06-17,antara-2025-06-17,,,,,,,,up from 89\.4 in 2023; 24\.kg: \+5\.4 bn,"naik dari 89,4 pada 2023; 24\.kg: \+5,4 miliar","\[\{""from"":""USD"",""to"":""IDR"",/);
    expect(row).toMatch(/,"\[\{""sourceId"":""xinhua-2025-06-15"",.*\}\]",2024:CA5:total:USD:astanatimes-2025-01$/);
    expect(rest).toEqual([]);
  });

  it("gives the parts of a year beside the year unless periodType says which, each row naming its period type", async () => {
    const rows = (await csv("?partner=CA5&flow=total&from=2024&to=2024").text()).trim().split("\r\n").slice(1);
    expect(rows.map((r) => r.split(",").slice(1, 3).join(" "))).toEqual(["2024 year", "2024-01/2024-06 ytd", "2024-01/2024-10 ytd"]);
  });

  it.each([
    ["?currency=IDR&rate=custom&idrPerUsd=17000&partner=CA5&flow=total&from=2024&to=2024", "IDR-your-rate-17000", ",IDR,94820000000,", ",your rate,USD->IDR 17000 (your rate),custom,reader,,"],
    ["?currency=CNY&partner=CA5&flow=total&from=2023&to=2023", "CNY", ",CNY,89400000000,", ",annual,USD->CNY 7.0809,2023,fed-g5a-2024,,"],
    ["?prices=constant&base=2024&partner=CA5&flow=total&from=1992&to=1992", "USD-constant-2024", ",USD,460000000,", ",,USD*CPI-U 2024 313.689; USD/CPI-U 1992 140.3,2024; 1992,bls-api-receipt-2024-2025; bls-m13-pgooch,constant 2024 USD (CPI-U),"],
  ])("names the rate or price basis of %s in the file name and every row", async (query, inName, cells, rateCells) => {
    const res = csv(query);
    expect(res.headers.get("content-disposition")).toContain(`_${inName}_`);
    const row = (await res.text()).trim().split("\r\n")[1] ?? "";
    expect(row).toContain(cells);
    expect(row).toContain(rateCells);
  });

  it("writes values past 2^53 exactly (China's trade with the world in rupiah)", async () => {
    const text = await csv("?currency=IDR&partner=WLD&flow=total&from=2024&to=2024").text();
    expect(text).toMatch(/\r\nCHN,2024,year,2024,WLD,total,\d{18},IDR,/);
  });

  it("rejects a base year without a price index, as /api/trade does, instead of a file of empty values", async () => {
    const res = csv("?prices=constant&base=2026");
    expect(res.status).toBe(400);
    expect(apiError.parse(await res.json()).issues).toEqual([{ param: "base", message: "must be a year the US CPI-U covers: 1992–2025" }]);
  });

  it("names the parameter of a bad query in the same JSON error as /api/trade", async () => {
    const res = csv("?currency=EUR");
    expect(res.status).toBe(400);
    expect(apiError.parse(await res.json()).issues[0]).toEqual({ param: "currency", message: "must be one of USD, IDR, CNY" });
  });
});

describe("CORS", () => {
  it("lets any origin read an answer, an error and the ETag", () => {
    for (const res of [csv(""), csv("?flow=nope"), handleTrade(new Request("http://localhost/api/trade"))]) {
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
    }
  });

  it("answers a preflight with the methods and headers a cross-origin GET needs", () => {
    const res = preflight();
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});
