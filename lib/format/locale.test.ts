import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locale";

describe("negotiateLocale", () => {
  it.each([
    [null, "id"],
    ["", "id"],
    ["en-US,en;q=0.9", "en"],
    ["id-ID,id;q=0.9,en;q=0.8", "id"],
    ["fr-FR,en;q=0.5", "en"],
    ["fr-FR,de;q=0.5", "id"],
    ["en;q=0.4,id;q=0.8", "id"],
    ["en;q=0,id;q=0", "id"],
    ["*", "id"],
    ["garbage;;;q=abc", "id"],
  ])("%j -> %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
