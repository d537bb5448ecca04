import type { Messages } from "@/lib/i18n/messages";
import type { CheckVerdict } from "@/lib/schema/api-check";
import styles from "./Verdict.module.css";

/** The verdict as the claim check writes it: the same words and colours, plus "no data". */
export function Verdict({ verdict, t }: { verdict: CheckVerdict; t: Messages }) {
  return <span className={`verdict ${verdict === "no-data" ? styles.noData : `verdict--${verdict}`}`}>{t.claims.verdicts[verdict]}</span>;
}
