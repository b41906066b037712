import { applyStoredTheme, THEME_STORAGE_KEY } from "./theme.ts";

/**
 * The inline <head> script: it runs while the HTML is parsed, before the body is painted, so the
 * stored or system theme is on <html> before anything is drawn (no flash of the wrong theme).
 *
 * It is built from `applyStoredTheme` itself, so the script and the toggle cannot disagree;
 * that function is self-contained, which keeps its source text runnable on its own.
 */
function buildThemeScript(): string {
  const apply = applyStoredTheme.toString();
  return `try{(${apply})(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}`;
}

export const THEME_SCRIPT: string = buildThemeScript();
