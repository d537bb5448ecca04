"use client";

import dynamic from "next/dynamic";
import { useState, useSyncExternalStore, type ReactNode } from "react";
import type { LiveProps } from "./LiveDashboard";

// The controls, the data and the view logic load after the page has painted: the first load ships
// no more script than a plain page, and the server's figures are readable meanwhile.
const LiveDashboard = dynamic(() => import("./LiveDashboard"), { ssr: false, loading: () => null });

const noSubscription = () => () => {};

type Props = Omit<LiveProps, "onReady"> & {
  /** The default view as the server rendered it: shown until the live figures are drawn, and without JavaScript. */
  children: ReactNode;
};

export function Dashboard({ children, ...live }: Props) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [ready, setReady] = useState(false);
  return (
    <>
      {!ready && (
        <div className="dashboard" data-live={hydrated ? "" : undefined}>
          {children}
        </div>
      )}
      {hydrated && <LiveDashboard {...live} onReady={setReady} />}
    </>
  );
}
