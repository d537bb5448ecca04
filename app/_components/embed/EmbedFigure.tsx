"use client";

import dynamic from "next/dynamic";
import { useState, useSyncExternalStore, type ReactNode } from "react";
import type { LiveFigureProps } from "./LiveFigure";
import { Framed } from "../Framed";
import dashboardStyles from "../dashboard/Dashboard.module.css";

const LiveFigure = dynamic(() => import("./LiveFigure"), { ssr: false, loading: () => null });

const noSubscription = () => () => {};

/** The server's figure until the live one (in the link's view) is drawn; without JavaScript, the server's. */
export function EmbedFigure({ children, ...live }: Omit<LiveFigureProps, "onReady"> & { children: ReactNode }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [ready, setReady] = useState(false);
  return (
    <>
      {!ready && <div className={dashboardStyles.dashboard} data-testid="dashboard">{children}</div>}
      {/* Its links open outside the frame (lib/embed/links.ts). */}
      {hydrated && (
        <Framed value>
          <LiveFigure {...live} onReady={setReady} />
        </Framed>
      )}
    </>
  );
}
