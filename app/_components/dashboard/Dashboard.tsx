"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { LiveProps } from "./LiveDashboard";
import styles from "./Dashboard.module.css";

// The controls, the data and the view logic load once the figures near the viewport (or at once
// when the link names a view): the first load ships no more script than a plain page, runs none of
// the dashboard's work, and the server's figures are readable meanwhile.
const LiveDashboard = dynamic(() => import("./LiveDashboard"), { ssr: false, loading: () => null });

const noSubscription = () => () => {};
const linkNamesAView = () => window.location.search.length > 1;

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
  useEffect(() => {
    const el = box.current;
    if (!el || near || namesView) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "250px 0px" });
    io.observe(el);
    return () => io.disconnect();
  }, [near, namesView]);
  return (
    <>
      {!ready && (
        <div className={styles.dashboard} data-testid="dashboard" ref={box} data-live={hydrated ? "" : undefined}>
          {children}
        </div>
      )}
      {hydrated && (near || namesView) && <LiveDashboard {...live} onReady={setReady} />}
    </>
  );
}
