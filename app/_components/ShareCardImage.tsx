import type { ShareCard } from "@/lib/view/share-card";

/** The 1200 × 630 share card: what a messaging app shows for a link. Inline styles: next/og draws flexbox only. */
export function ShareCardImage({ card }: { card: ShareCard }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: "56px 64px", background: "#fbfaf7", color: "#1b1d21", fontFamily: "sans-serif" }}>
      <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#0b5cad" }}>{card.title}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 34, color: "#4f5661", fontWeight: 600 }}>{card.eyebrow}</div>
        <div style={{ display: "flex", fontSize: 112, fontWeight: 800, letterSpacing: -2, lineHeight: 1.1 }}>{card.main}</div>
        <div style={{ display: "flex", fontSize: 32, marginTop: 12 }}>{card.second}</div>
        <div style={{ display: "flex", fontSize: 32, marginTop: 12, color: "#17663a", fontWeight: 700 }}>{card.change}</div>
      </div>
      <div style={{ display: "flex", fontSize: 22, color: "#4f5661", borderTop: "2px solid #d9dbe0", paddingTop: 16 }}>{card.source}</div>
    </div>
  );
}
