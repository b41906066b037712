/**
 * Theme logic shared by the inline <head> script (runs before first paint) and the header toggle.
 *
 * `applyStoredTheme` is the single source: the inline script is its own source text (see themeScript.ts),
 * so it must stay self-contained: no imports, no module-level names, nothing a bundler would have to rewrite.
 */

export const THEME_STORAGE_KEY = "chainpulse-theme";
export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

// Also spelled out inside applyStoredTheme, which may not refer to anything outside itself.
export const DARK_QUERY = "(prefers-color-scheme: dark)";

/**
 * Reads the stored preference (or takes `preference` when given), resolves "system" through the
 * colour-scheme media query, and applies the result to <html>: class `dark` and `style.colorScheme`.
 * Returns the preference it used. Never throws: storage or matchMedia may be unavailable.
 */
export function applyStoredTheme(storageKey: string, preference?: string | null): ThemePreference {
  let stored = preference;
  if (stored === undefined) {
    try {
      stored = window.localStorage.getItem(storageKey);
    } catch {
      stored = null;
    }
  }
  const chosen = stored === "light" || stored === "dark" ? stored : "system";
  let dark = chosen === "dark";
  if (chosen === "system") {
    try {
      dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
    } catch {
      dark = false;
    }
  }
  const root = document.documentElement;
  root.classList.toggle("dark", dark);
  root.style.colorScheme = dark ? "dark" : "light";
  return chosen;
}

export function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === "string" && (THEME_PREFERENCES as readonly string[]).includes(value);
}

// The choice made in this page view, for when storage is blocked (it then lasts until the next load).
let unstoredPreference: ThemePreference | null = null;

/** The stored preference; "system" when absent or invalid. */
export function readThemePreference(): ThemePreference {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isThemePreference(value) ? value : "system";
  } catch {
    return unstoredPreference ?? "system";
  }
}

/* A tiny external store, so every toggle (and every tab) agrees on the preference. */

const listeners = new Set<() => void>();
let stopWatching: (() => void) | null = null;

function reapply() {
  applyStoredTheme(THEME_STORAGE_KEY, readThemePreference());
  for (const listener of listeners) listener();
}

/** Stores and applies a preference. */
export function setThemePreference(preference: ThemePreference): void {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage blocked: the choice still applies to this page view.
    unstoredPreference = preference;
  }
  applyStoredTheme(THEME_STORAGE_KEY, preference);
  for (const listener of listeners) listener();
}

/**
 * For useSyncExternalStore. While anyone listens, the theme follows live changes of the system
 * colour scheme (which only matter while the preference is "system") and changes made in other tabs.
 */
export function subscribeToTheme(listener: () => void): () => void {
  listeners.add(listener);
  if (!stopWatching) {
    const media = window.matchMedia(DARK_QUERY);
    const onStorage = (event: StorageEvent) => {
      if (event.key === THEME_STORAGE_KEY || event.key === null) reapply();
    };
    media.addEventListener("change", reapply);
    window.addEventListener("storage", onStorage);
    stopWatching = () => {
      media.removeEventListener("change", reapply);
      window.removeEventListener("storage", onStorage);
    };
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stopWatching) {
      stopWatching();
      stopWatching = null;
    }
  };
}
