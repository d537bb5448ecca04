"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { sourcePages } from "@/lib/source-pages";
import type { Provenance } from "@/lib/view/provenance";
import { framedLink } from "@/lib/embed/links";
import { useFramed } from "./Framed";
import controlStyles from "./ui/control.module.css";
import styles from "./ProvenanceButton.module.css";

type Props = {
  provenance: Provenance;
  label: string;
  closeText: string;
  children: ReactNode;
  /** A variant from ProvenanceButton.module.css (.info, .strong), imported by the caller. */
  className?: string;
  /**
   * Render the popover's content only once it is first opened. Tables hold hundreds of these;
   * rendering them all up front costs the page its first seconds on a phone. Their rows carry a
   * Source column, so without JavaScript nothing is lost.
   */
  lazy?: boolean;
};

/**
 * A number that opens its provenance: click or tap, Enter or Space from the keyboard, or hover.
 * Built on the native popover attribute, so it opens, closes on Escape and dismisses on an outside
 * tap even before (or without) JavaScript.
 */
export function ProvenanceButton({ provenance, label, closeText, children, className, lazy = false }: Props) {
  const [opened, setOpened] = useState(!lazy);
  const id = useId().replaceAll(":", "");
  const button = useRef<HTMLButtonElement>(null);
  const pop = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  // Without CSS anchor positioning everywhere, place the popover under its number by hand.
  const place = () => {
    const b = button.current?.getBoundingClientRect();
    const p = pop.current;
    if (!b || !p) return;
    const width = Math.min(320, window.innerWidth - 16);
    const left = Math.max(8, Math.min(b.left, window.innerWidth - width - 8));
    const below = b.bottom + 6;
    const top = below + p.offsetHeight > window.innerHeight && b.top > p.offsetHeight + 12 ? b.top - p.offsetHeight - 6 : below;
    p.style.left = `${left}px`;
    p.style.top = `${top}px`;
    p.style.width = `${width}px`;
  };
  // A lazy popover gets its content after it opened: place it once that content is in.
  useLayoutEffect(() => {
    if (lazy && opened && pop.current?.matches(":popover-open")) place();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const show = () => {
    window.clearTimeout(hideTimer.current);
    if (pop.current && !pop.current.matches(":popover-open")) pop.current.showPopover();
  };
  // Tabbing on past the number and its popover closes it, so it never covers the next number.
  const hideWhenFocusLeaves = (e: React.FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    if (!next || next === button.current || pop.current?.contains(next)) return;
    if (pop.current?.matches(":popover-open")) pop.current.hidePopover();
  };
  // An open popover follows its number when the page scrolls (a phone scrolls while reading it);
  // only an open one listens, since tables hold hundreds of these.
  const follow = useRef<(() => void) | null>(null);
  const followScroll = (open: boolean) => {
    if (follow.current) window.removeEventListener("scroll", follow.current);
    follow.current = open ? () => place() : null;
    if (follow.current) window.addEventListener("scroll", follow.current, { passive: true });
  };
  useEffect(
    () => () => {
      if (follow.current) window.removeEventListener("scroll", follow.current);
    },
    [],
  );
  const hideSoon = () => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => {
      if (pop.current?.matches(":popover-open") && !pop.current.matches(":hover") && document.activeElement !== button.current) pop.current.hidePopover();
    }, 250);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={className ? `${styles.prov} ${className}` : styles.prov}
        data-testid="provenance"
        popoverTarget={`prov-${id}`}
        // "show", not toggle: a click after the hover has opened it must not close it again.
        popoverTargetAction="show"
        aria-label={label}
        onMouseEnter={(e) => {
          if (e.nativeEvent instanceof MouseEvent && window.matchMedia("(hover: hover)").matches) show();
        }}
        onMouseLeave={hideSoon}
        onBlur={hideWhenFocusLeaves}
      >
        {children}
      </button>
      <div
        ref={pop}
        id={`prov-${id}`}
        popover="auto"
        className={styles.pop}
        role="dialog"
        aria-label={provenance.heading}
        onToggle={(e) => {
          followScroll((e.nativeEvent as ToggleEvent).newState === "open");
          if ((e.nativeEvent as ToggleEvent).newState !== "open") return;
          if (opened) place();
          else setOpened(true);
        }}
        onMouseEnter={show}
        onMouseLeave={hideSoon}
        onBlur={hideWhenFocusLeaves}
      >
        {opened && <PopoverContent provenance={provenance} />}
        <button type="button" className={`${controlStyles.button} ${styles.close}`} popoverTarget={`prov-${id}`} popoverTargetAction="hide">
          {closeText}
        </button>
      </div>
    </>
  );
}

function PopoverContent({ provenance }: { provenance: Provenance }) {
  const framed = useFramed();
  return (
    <>
        <p className={styles.heading}>{provenance.heading}</p>
        <dl className={styles.lines}>
          {provenance.lines.map((l) => (
            <div key={l.label}>
              <dt>{l.label}</dt>
              <dd lang={l.lang}>{l.value}</dd>
            </div>
          ))}
        </dl>
        <ul className={styles.sources}>
          {sourcePages(provenance.sources).map((s) => (
            <li key={s.id}>
              <strong>{s.publisher}</strong>, <a rel="noopener noreferrer" {...framedLink(s.url, framed)}>
                {s.title}
              </a>, {s.date}
            </li>
          ))}
        </ul>
    </>
  );
}
