// Measured on every page: no sideways scrolling at 320 px (at normal and at 200 % text), targets of at
// least 44 × 44 px, and text contrast of at least 7:1 (axe's color-contrast-enhanced, WCAG AAA).
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { allPages, openPage, smallTargets } = require('./helpers');

const LOCALES = ['de', 'de-x-leicht', 'en', 'tr', 'ar', 'ru', 'uk', 'pl'];

/** Remembers a locale and text size (0 normal, 2 = 200 %) for the next pages this tab opens. */
async function remember(page, locale, textSize) {
  await page.evaluate(([l, size]) => {
    localStorage.setItem('teilhabe.locale', JSON.stringify(l));
    localStorage.setItem('teilhabe.settings', JSON.stringify(`${size}00`));
  }, [locale, textSize]);
}

test.describe('at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no page scrolls sideways, at normal and at 200 % text size, in any language', async ({ page, request }) => {
    test.setTimeout(300_000);
    const paths = await allPages(page, request);
    const wide = [];
    let checked = 0;
    for (const locale of LOCALES) {
      for (const textSize of [0, 2]) {
        await remember(page, locale, textSize);
        for (const path of paths) {
          await openPage(page, path);
          const [scroll, client] = await page.evaluate(
            () => [document.documentElement.scrollWidth, document.documentElement.clientWidth],
          );
          if (textSize === 2) {
            // The body text really is twice the normal 20 px.
            expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('40px');
          }
          if (scroll > client) wide.push(`${path} (${locale}, text ${textSize ? '200' : '100'} %): ${scroll} > ${client}`);
          checked += 1;
        }
      }
    }
    console.log(`reflow at 320 px: ${checked} page views (${paths.length} pages × ${LOCALES.length} locales × 2 text sizes)`);
    expect(wide).toEqual([]);
  });

  test('every interactive target is at least 44 × 44 px', async ({ page, request }) => {
    test.setTimeout(120_000);
    const paths = await allPages(page, request);
    const small = [];
    for (const locale of ['de', 'ar']) {
      await remember(page, locale, 0);
      for (const path of paths) {
        await openPage(page, path);
        if (path === '/') await page.locator('button[aria-controls="settings"]').click();
        for (const target of await smallTargets(page)) small.push(`${path} (${locale}): ${target}`);
      }
    }
    expect(small).toEqual([]);
  });
});

test('text contrast is at least 7:1 on every page (axe color-contrast-enhanced)', async ({ page, request }) => {
  test.setTimeout(120_000);
  const paths = await allPages(page, request);
  for (const [contrast, label] of [['0', 'default theme'], ['1', 'high contrast']]) {
    await page.evaluate((c) => localStorage.setItem('teilhabe.settings', JSON.stringify(`0${c}0`)), contrast);
    for (const path of paths) {
      await openPage(page, path);
      const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
      const failures = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any.map((a) => a.message).join('; ')}`));
      expect(failures, `contrast below 7:1 on ${path} (${label})`).toEqual([]);
      expect(results.passes.length + results.incomplete.length, `axe looked at text on ${path}`).toBeGreaterThan(0);
    }
  }
});
