"use client";

import { createContext, useContext } from "react";

/** True inside an embed, whose links out of the page open outside the frame (lib/embed/links.ts). */
export const Framed = createContext(false);

export const useFramed = (): boolean => useContext(Framed);
