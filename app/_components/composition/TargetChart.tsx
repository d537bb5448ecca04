import type { Locale } from "@/lib/format/locale";
import { formatDecimal } from "@/lib/format/number";
import { parseDecimal } from "@/lib/money/ratio";
import type { TargetChartGeometry } from "@/lib/view/target-chart";
import styles from "./TargetChart.module.css";

/** One pair's China-reported totals and its targets, drawn small: a line, dashed target levels, their years. */
export function TargetChart({ g, label, locale, from, to }: { g: TargetChartGeometry; label: string; locale: Locale; from: number; to: number }) {
  const bn = (n: number) => `${formatDecimal(parseDecimal(n.toFixed(0)), locale, { max: 0 })}`;
  return (
    <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={label} className={styles.chart}>
      <line x1={g.x(from)} x2={g.x(from)} y1={8} y2={g.height - 18} className={styles.axis} />
      <line x1={g.x(from)} x2={g.width - 8} y1={g.height - 18} y2={g.height - 18} className={styles.axis} />
      {g.targets.map((tg) => (
        <g key={`${tg.label}-${tg.x ?? "none"}`}>
          <line x1={g.x(from)} x2={g.width - 8} y1={tg.y} y2={tg.y} className={styles.target} />
          {tg.x !== null && <circle cx={tg.x} cy={tg.y} r={3.5} className={styles.deadline} />}
          <text x={g.x(from) + 4} y={tg.y - 4} className={styles.label}>
            {bn(tg.label)}
          </text>
        </g>
      ))}
      <path d={g.path} className={styles.line} />
      <text x={g.x(from)} y={g.height - 4} className={styles.tick}>
        {from}
      </text>
      <text x={g.x(to)} y={g.height - 4} textAnchor="end" className={styles.tick}>
        {to}
      </text>
    </svg>
  );
}
