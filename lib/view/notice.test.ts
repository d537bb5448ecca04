import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { invalidSettings } from "./notice";
import { getDataset } from "@/lib/data/load";
import { dashboardData } from "./dashboard-data";
import { parseView } from "./state";

const options = dashboardData(getDataset()).options;

describe("invalidSettings: a link's unknown settings in the reader's words", () => {
  it.each<["id" | "en", string, string]>([
    ["id", "currency=EUR&unit=zillion&year=1800", "mata uang, satuan, tahun pangsa"],
    ["en", "currency=EUR&unit=zillion&year=1800", "currency, unit, shares year"],
    ["en", "rate=custom&idrPerUsd=abc", "your rate"],
  ])("%s %s", (locale, query, expected) => {
    const { invalid } = parseView(new URLSearchParams(query), options);
    expect(invalidSettings(invalid, messagesFor(locale))).toBe(expected);
  });
});
