"use client";

import { placePopover } from "@/lib/view/popover-place";
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from "react";
import controlStyles from "./ui/control.module.css";
import styles from "./ProvenanceButton.module.css";

type Props = {
  /** The button's accessible name: "Where US$94.82 billion comes from". */
  label: string;
  /** The popover's: its heading once it has one. */
  dialogLabel: string;
  closeText: string;
  /** A variant from ProvenanceButton.module.css (.info, .strong), imported by the caller. */
  className?: string;
  /** The number. */
  children: ReactNode;
  /** What the popover shows above its close button. */
  body: ReactNode;
  /** Changes when the body does while it may be open (content rendered or loaded late): it is placed again. */
  bodyState: unknown;
  /** Hover, focus or a press: the reader may open it next, so its content can start loading. */
  onIntent?: () => void;
  /** It opened, by any means: click, tap, keyboard, hover, or natively before the page's script ran. */
  onOpen?: () => void;
};

/**
 * A number that opens a popover: click or tap, Enter or Space from the keyboard, or hover. Built on
 * the native popover attribute, so it opens, closes on Escape and dismisses on an outside tap even
 * before (or without) JavaScript. What it shows is the caller's: ProvenanceButton, ProvenanceRefButton.
 */
export function ProvenancePopover({ label, dialogLabel, closeText, className, children, body, bodyState, onIntent, onOpen }: Props) {
  const id = useId().replaceAll(":", "");
  const button = useRef<HTMLButtonElement>(null);
  const pop = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const isOpen = () => Boolean(pop.current?.matches(":popover-open"));

  // Without CSS anchor positioning everywhere, place the popover under its number by hand.
  const place = () => {
    const b = button.current?.getBoundingClientRect();
    const p = pop.current;
    if (!b || !p) return;
    // Its height at the width it will have, before any cap an earlier placing set.
    p.style.width = `${Math.min(320, window.innerWidth - 16)}px`;
    p.style.maxHeight = "";
    const at = placePopover(b, p.offsetHeight, { width: window.innerWidth, height: window.innerHeight });
    p.style.left = `${at.left}px`;
    p.style.top = `${at.top}px`;
    p.style.width = `${at.width}px`;
    if (at.maxHeight !== null) p.style.maxHeight = `${at.maxHeight}px`;
  };
  // Content that arrives after the popover opened changes its height: place it again.
  useLayoutEffect(() => {
    if (isOpen()) place();
  }, [bodyState]);
  const show = () => {
    window.clearTimeout(hideTimer.current);
    if (pop.current && !isOpen()) pop.current.showPopover();
  };
  // Tabbing on past the number and its popover closes it, so it never covers the next number.
  const hideWhenFocusLeaves = (e: React.FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    if (!next || next === button.current || pop.current?.contains(next)) return;
    if (isOpen()) pop.current?.hidePopover();
  };
  // An open popover follows its number when the page scrolls (a phone scrolls while reading it);
  // only an open one listens, since tables hold hundreds of these.
  const follow = useRef<(() => void) | null>(null);
  const followScroll = (open: boolean) => {
    if (follow.current) window.removeEventListener("scroll", follow.current);
    follow.current = open ? () => place() : null;
    if (follow.current) window.addEventListener("scroll", follow.current, { passive: true });
  };
  const opened = () => {
    followScroll(true);
    place();
    onOpen?.();
  };
  useEffect(() => {
    // Opened natively before the page's script ran: no toggle event is coming for that opening.
    if (isOpen()) opened();
    return () => {
      if (follow.current) window.removeEventListener("scroll", follow.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const hideSoon = () => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => {
      if (isOpen() && !pop.current?.matches(":hover") && document.activeElement !== button.current) pop.current?.hidePopover();
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
          onIntent?.();
          if (e.nativeEvent instanceof MouseEvent && window.matchMedia("(hover: hover)").matches) show();
        }}
        onFocus={onIntent}
        onPointerDown={onIntent}
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
        aria-label={dialogLabel}
        onToggle={(e) => {
          if ((e.nativeEvent as ToggleEvent).newState === "open") opened();
          else followScroll(false);
        }}
        onMouseEnter={show}
        onMouseLeave={hideSoon}
        onBlur={hideWhenFocusLeaves}
      >
        {body}
        <button type="button" className={`${controlStyles.button} ${styles.close}`} popoverTarget={`prov-${id}`} popoverTargetAction="hide">
          {closeText}
        </button>
      </div>
    </>
  );
}
