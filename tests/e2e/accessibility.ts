import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe-core on the page as it is now: no serious or critical violation, each one named if there is. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    );
  expect(blocking, `axe on ${what}`).toEqual([]);
}

/**
 * What makes the page scroll sideways (a phone layout must not): elements that reach past the
 * viewport's right edge outside any scrolling frame of their own. Empty when nothing does.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    // An absolutely placed element escapes a frame that is not its containing block: never count it as clipped.
    const clipped = (el: Element) => {
      if (["absolute", "fixed"].includes(getComputedStyle(el).position)) return false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll("*")].filter(
      (el) => el.getBoundingClientRect().right > width + 1 && !clipped(el),
    );
    const named = culprits.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`.slice(0, 120));
    return named.length > 0 ? named.slice(0, 8) : ["(the document itself)"];
  });
}
