"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseView, serializeView, type ParsedView, type ViewOptions, type ViewState } from "@/lib/view/state";
import type { SetView } from "./types";

const CHANGE = "viewstatechange";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;
// The server renders the default view, so the page stays static and its HTML has every number.
const getServerSearch = () => "";

/** The query string, kept in step with back/forward and with our own pushes. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getServerSearch);
}

/**
 * The view lives in the URL. Changing it pushes a history entry without a navigation, so no
 * request is made and back/forward step through views.
 */
export function useViewState(options: ViewOptions): ParsedView & { setView: SetView } {
  const search = useSearch();
  const parsed = useMemo(() => parseView(new URLSearchParams(search), options), [search, options]);
  const setView = useCallback(
    (next: ViewState, how?: { replace?: boolean }) => {
      const query = serializeView(next, options);
      // Typing a rate replaces the entry: one history step per edit, not per keystroke.
      const write = how?.replace ? window.history.replaceState : window.history.pushState;
      write.call(window.history, window.history.state, "", `${window.location.pathname}${query}${window.location.hash}`);
      window.dispatchEvent(new Event(CHANGE));
    },
    [options],
  );
  return { ...parsed, setView };
}
