"use client";

import { useSyncExternalStore } from "react";

const neverChanges = () => () => {};

/**
 * False while React hydrates server HTML (it then reads the server snapshot, also for Suspense
 * boundaries that stream in late), true in any render after. What differs between server and browser
 * (the clock, the time zone) may only be shown once this is true.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
