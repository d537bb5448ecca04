"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { scrollAnchor, type ScrollAnchor } from "@/lib/view/scroll-anchor";
import type { LiveProps } from "./LiveDashboard";
import styles from "./Dashboard.module.css";

// The controls, the data and the view logic load once the figures near the viewport (or at once
// when the link names a view): the first load ships no more script than a plain page, runs none of
// the dashboard's work, and the server's figures are readable meanwhile.
const LiveDashboard = dynamic(() => import("./LiveDashboard"), { ssr: false, loading: () => null });

const noSubscription = () => () => {};
const linkNamesAView = () => window.location.search.length > 1;

/** Which of the server's figures the reader is at (see scrollAnchor), read while they are still there. */
function readAnchor(box: HTMLElement): ScrollAnchor | null {
  const figures = [...box.querySelectorAll<HTMLElement>(":scope > figure[id]")].map((f) => {
    const r = f.getBoundingClientRect();
    return { id: f.id, top: r.top, bottom: r.bottom };
  });
  return scrollAnchor(figures, { dashboardTop: box.getBoundingClientRect().top, height: window.innerHeight, hash: window.location.hash });
}

type Props = Omit<LiveProps, "onReady"> & {
  /** The default view as the server rendered it: shown until the live figures are drawn, and without JavaScript. */
  children: ReactNode;
};

export function Dashboard({ children, ...live }: Props) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const namesView = useSyncExternalStore(noSubscription, linkNamesAView, () => false);
  const [near, setNear] = useState(false);
  const [ready, setReady] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const anchor = useRef<ScrollAnchor | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || near || namesView) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "250px 0px" });
    io.observe(el);
    return () => io.disconnect();
  }, [near, namesView]);
  // Called before paint with the live figures in and the server's still above them, unmoved.
  const onReady = useCallback((isReady: boolean) => {
    if (isReady && box.current) anchor.current = readAnchor(box.current);
    setReady(isReady);
  }, []);
  // The server's figures are gone, the live ones in their place: the figure the reader was at goes
  // back where it was, still before paint, so a link that jumped to a figure stays on it.
  useLayoutEffect(() => {
    const held = anchor.current;
    anchor.current = null;
    const figure = held && ready ? document.getElementById(held.id) : null;
    if (!held || !figure) return;
    const by = figure.getBoundingClientRect().top - held.top;
    if (by !== 0) window.scrollBy({ top: by, behavior: "instant" });
  }, [ready]);
  return (
    <>
      {!ready && (
        <div className={styles.dashboard} data-testid="dashboard" ref={box} data-live={hydrated ? "" : undefined}>
          {children}
        </div>
      )}
      {hydrated && (near || namesView) && <LiveDashboard {...live} onReady={onReady} />}
    </>
  );
}
