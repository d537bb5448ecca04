"use client";

import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders its children once the box nears the viewport: a chart's code and its first render wait
 * until a reader scrolls to it, so they never compete with the numbers above.
 */
export function WhenVisible({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || visible) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        // A chart's first render is low priority: React splits it so a tap is never kept waiting.
        startTransition(() => setVisible(true));
        io.disconnect();
      }
    }, { rootMargin: "300px 0px" });
    io.observe(el);
    return () => io.disconnect();
  }, [visible]);
  return (
    <div ref={box} className="when-visible">
      {placeholder}
      {visible && children}
    </div>
  );
}
