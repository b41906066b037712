"use client";

import { useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import {
  readThemePreference,
  setThemePreference,
  subscribeToTheme,
  THEME_PREFERENCES,
  type ThemePreference,
} from "./theme.ts";

const LABELS: Record<ThemePreference, { text: string; name: string }> = {
  system: { text: "System", name: "System theme" },
  light: { text: "Light", name: "Light theme" },
  dark: { text: "Dark", name: "Dark theme" },
};

// The server cannot know the stored choice; the real one replaces this right after hydration.
const serverSnapshot = (): ThemePreference => "system";

/** System / Light / Dark, as a radio group: Tab reaches each option, arrow keys move and choose too. */
export function ThemeToggle() {
  const preference = useSyncExternalStore(subscribeToTheme, readThemePreference, serverSnapshot);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const count = THEME_PREFERENCES.length;
    let next: number;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
        next = (index + 1) % count;
        break;
      case "ArrowLeft":
      case "ArrowUp":
        next = (index - 1 + count) % count;
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = count - 1;
        break;
      default:
        return; // Tab, Enter and Space keep their usual meaning.
    }
    event.preventDefault();
    setThemePreference(THEME_PREFERENCES[next] ?? "system");
    buttons.current[next]?.focus();
  }

  return (
    <div
      role="radiogroup"
      aria-label="Theme"
      className="inline-flex gap-0.5 rounded-md border border-slate-300 p-0.5 text-xs dark:border-slate-700"
    >
      {THEME_PREFERENCES.map((value, index) => {
        const checked = preference === value;
        return (
          <button
            key={value}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={LABELS[value].name}
            onClick={() => setThemePreference(value)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={`rounded px-2.5 py-1 font-medium ${
              checked
                ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            }`}
          >
            {LABELS[value].text}
          </button>
        );
      })}
    </div>
  );
}
