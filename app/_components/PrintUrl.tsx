"use client";

import { useSyncExternalStore } from "react";
import { useSearch } from "./dashboard/useViewState";
import styles from "./PrintUrl.module.css";

const noSubscription = () => () => {};

/** Printed only: the view's address, so a paper copy leads back to the same view. */
export function PrintUrl({ label, path }: { label: string; path: string }) {
  const search = useSearch();
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  return (
    <p className={styles.url} data-testid="print-url">
      {label}: {origin}
      {path}
      {search}
    </p>
  );
}
