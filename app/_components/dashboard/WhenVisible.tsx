"use client";

import { startTransition, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import styles from "./WhenVisible.module.css";

/**
 * Draws a chart only while its box is near the viewport. The first draw waits until a reader
 * scrolls to it, so a chart never competes with the numbers above; after that, a chart out of
 * sight keeps the view it last drew and catches up when it comes back near (or when the page is
 * printed), so a toggle redraws the one or two charts on screen, not all six.
 */
export function WhenVisible<V>({ view, draw, placeholder }: { view: V; draw: (view: V) => ReactNode; placeholder: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [drawn, setDrawn] = useState<{ view: V } | null>(null);
  // The documented way to keep a value from an earlier render: set during render, not in an effect.
  if (near && drawn?.view !== view) setDrawn({ view });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // Low priority: React splits a chart's render so a tap is never kept waiting.
    const io = new IntersectionObserver((entries) => startTransition(() => setNear(entries.some((e) => e.isIntersecting))), { rootMargin: "300px 0px" });
    io.observe(el);
    const print = () => flushSync(() => setNear(true));
    window.addEventListener("beforeprint", print);
    return () => {
      io.disconnect();
      window.removeEventListener("beforeprint", print);
    };
  }, []);
  const shown = near ? view : drawn?.view;
  const element = useMemo(() => (shown === undefined ? null : draw(shown)), [shown, draw]);
  return (
    <div ref={box} className={styles.box}>
      {placeholder}
      {element}
    </div>
  );
}
