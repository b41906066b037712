"use client";

import { useEffect, useState } from "react";

/** The current time, re-read every `tickMs`, so ages ("12s ago") count up between refreshes. */
export function useNow(tickMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return now;
}
