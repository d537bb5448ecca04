import type { Country } from "@/lib/schema/primitives";
import type { ChartColors } from "./useChartColors";

const KEY: Record<Country, "kaz" | "kgz" | "tjk" | "tkm" | "uzb"> = { KAZ: "kaz", KGZ: "kgz", TJK: "tjk", TKM: "tkm", UZB: "uzb" };

export const countryColor = (c: Country, colors: ChartColors) => colors[KEY[c]];
export const patternId = (c: Country) => `pattern-${c}`;

/** Each country gets a texture as well as a colour, so bars can be told apart without colour. */
export function CountryPatterns({ colors }: { colors: ChartColors }) {
  const ink = colors.bg;
  const tile = (c: Country, marks: React.ReactNode) => (
    <pattern key={c} id={patternId(c)} width={8} height={8} patternUnits="userSpaceOnUse">
      <rect width={8} height={8} fill={countryColor(c, colors)} />
      {marks}
    </pattern>
  );
  return (
    <defs>
      {tile("KAZ", null)}
      {tile("KGZ", <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={ink} strokeWidth={1.6} />)}
      {tile("TJK", <circle cx={4} cy={4} r={1.6} fill={ink} />)}
      {tile("TKM", <path d="M0,4 h8 M4,0 v8" stroke={ink} strokeWidth={1.4} />)}
      {tile("UZB", <path d="M0,2 h8 M0,6 h8" stroke={ink} strokeWidth={1.4} />)}
    </defs>
  );
}
