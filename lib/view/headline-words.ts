import type { Locale } from "@/lib/format/locale";
import { formatGrowth } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Ratio } from "@/lib/money/ratio";

/** What follows the change in every headline and share card: "(+6,1%) dibanding 2023 (US$89,4 miliar)". */
export const changeSince = (t: Messages, locale: Locale, growth: Ratio, prevYear: number, prevValue: string): string =>
  fill(t.changeRest, { percent: formatGrowth(growth, locale), prevYear, prevValue });
