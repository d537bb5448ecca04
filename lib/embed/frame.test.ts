import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FIGURES } from "@/lib/view/state";
import { embedCode, FRAME_HEIGHT, frameSizer, HEIGHT_MESSAGE, heightMessage } from "./frame";

const ORIGIN = "https://perdagangan.example.org";

/** A host page for the sizing script: its iframes, and the message listener the script adds. */
function hostPage(frames: number) {
  const iframes = Array.from({ length: frames }, () => ({ contentWindow: {}, style: { height: "" } }));
  let listener: ((e: { origin: string; source: unknown; data: unknown }) => void) | undefined;
  const addEventListener = (type: string, fn: typeof listener) => {
    if (type === "message") listener = fn;
  };
  const document = { getElementsByTagName: (tag: string) => (tag === "iframe" ? iframes : []) };
  new Function("addEventListener", "document", frameSizer(ORIGIN))(addEventListener, document);
  const send = (origin: string, source: unknown, data: unknown) => listener?.({ origin, source, data });
  return { iframes, send };
}

describe("the embed's height message", () => {
  it("is namespaced and gives whole pixels, rounded up", () => {
    expect(heightMessage(1043.2)).toEqual({ type: HEIGHT_MESSAGE, height: 1044 });
    expect(HEIGHT_MESSAGE).toBe("cca-embed:height");
  });
});

describe("the embed code's sizing script", () => {
  it("sets the height of the frame that sent it", () => {
    const { iframes, send } = hostPage(2);
    send(ORIGIN, iframes[1]?.contentWindow, heightMessage(1187));
    expect(iframes.map((f) => f.style.height)).toEqual(["", "1187px"]);
  });

  it("ignores other origins, other windows, other messages and heights that are not a positive number", () => {
    const { iframes, send } = hostPage(1);
    const own = iframes[0]?.contentWindow;
    send("https://evil.example", own, heightMessage(5000));
    send(ORIGIN, {}, heightMessage(5000));
    send(ORIGIN, own, { type: "other", height: 5000 });
    send(ORIGIN, own, { type: HEIGHT_MESSAGE, height: "5000" });
    send(ORIGIN, own, { type: HEIGHT_MESSAGE, height: -1 });
    send(ORIGIN, own, { type: HEIGHT_MESSAGE, height: Number.POSITIVE_INFINITY });
    send(ORIGIN, own, null);
    send(ORIGIN, own, "cca-embed:height");
    expect(iframes[0]?.style.height).toBe("");
  });

  it("cannot be closed early by an origin with a </script> in it", () => {
    expect(frameSizer("https://x</script><b>")).not.toContain("</script>");
  });
});

describe("the embed code", () => {
  const code = embedCode({ origin: ORIGIN, path: "/embed/id/trend?currency=IDR&rate=annual", title: 'Perdagangan "China" & Asia Tengah', figure: "trend" });

  it("is the frame, with attributes escaped and the figure's height, then the sizing script for our origin", () => {
    expect(code).toBe(
      `<iframe src="${ORIGIN}/embed/id/trend?currency=IDR&amp;rate=annual" title="Perdagangan &quot;China&quot; &amp; Asia Tengah" width="100%" height="${FRAME_HEIGHT.trend}" style="border:0;max-width:100%" loading="lazy"></iframe>\n<script>${frameSizer(ORIGIN)}</script>`,
    );
  });

  it("gives each figure a height of its own that holds more than the old 560–680 px", () => {
    for (const f of FIGURES) expect(FRAME_HEIGHT[f]).toBeGreaterThan(680);
  });
});

describe("the embed example in docs/embeds-and-sharing.md", () => {
  it("is the code the Embed button gives", () => {
    const doc = readFileSync(fileURLToPath(new URL("../../docs/embeds-and-sharing.md", import.meta.url)), "utf8");
    const code = embedCode({ origin: "https://HOST", path: "/embed/id/trend?currency=IDR&rate=annual", title: "Perdagangan China–Asia Tengah, 1992–2025 (Perdagangan China–Asia Tengah dalam angka)", figure: "trend" });
    expect(doc).toContain(code);
  });
});
