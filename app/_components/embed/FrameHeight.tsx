"use client";

import { useEffect } from "react";
import { heightMessage } from "@/lib/embed/frame";

/**
 * In a frame, tells the parent page the embed's height on load and whenever it changes (a chart
 * drawn, a table opened, a view with more notes), so the embed code's script can fit the frame to
 * it. Any page may frame an embed and a height is no secret: the message goes to any origin.
 */
export function FrameHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const root = document.documentElement;
    let last = 0;
    const post = () => {
      const message = heightMessage(root.getBoundingClientRect().height);
      if (message.height === last) return;
      last = message.height;
      window.parent.postMessage(message, "*");
    };
    // The root's own box: its content's height, whatever the frame's height is now.
    const observer = new ResizeObserver(post);
    observer.observe(root);
    window.addEventListener("load", post);
    return () => {
      observer.disconnect();
      window.removeEventListener("load", post);
    };
  }, []);
  return null;
}
