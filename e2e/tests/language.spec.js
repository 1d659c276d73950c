// The language switch: the whole interface changes, <html lang> follows, the choice persists.
const { test, expect } = require('@playwright/test');
const {
  expectNoAxeViolations, expectHeading, chooseLanguage, languageNames, allPages, openPage, AXE_TAGS,
  prepareBooking,
} = require('./helpers');

test('switching to English changes the interface and is remembered', async ({ page }) => {
  await page.goto('/sessions');
  await expectHeading(page, 'Kurse finden');
  await chooseLanguage(page, 'English');
  await expectHeading(page, 'Find a course');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText(/places left/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'finder in English');

  await page.reload();
  await expectHeading(page, 'Find a course');
  await chooseLanguage(page, 'Deutsch');
  await expectHeading(page, 'Kurse finden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

// The language menu offers the eight locales, in this order.
const LANGUAGES = ['Deutsch', 'Leichte Sprache', 'English', 'Türkçe', 'العربية', 'Русский', 'Українська', 'Polski'];

test('the language menu offers the eight languages', async ({ page }) => {
  await page.goto('/');
  expect(await languageNames(page)).toEqual(LANGUAGES);
});

// One test per language, each with its own time limit: 22 pages with axe take about 40 s on an
// idle machine; the whole sweep as one test once ran out of its 5 minutes on a loaded one.
for (const language of LANGUAGES) {
  test(`every page passes axe in ${language}`, async ({ page, request }) => {
    test.setTimeout(240_000);
    const paths = await allPages(page, request);
    await page.goto('/');
    await chooseLanguage(page, language);
    const lang = await page.locator('html').getAttribute('lang');
    const dir = language === 'العربية' ? 'rtl' : 'ltr';
    for (const path of paths) {
      await openPage(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator('button[aria-controls="settings"]')).toContainText(language);
      await expectNoAxeViolations(page, `${path} in ${language}`);
    }
    console.log(`axe (${AXE_TAGS.join(', ')}) in ${language}: ${paths.length} pages, 0 violations`);
  });
}

test('an unknown address shows a plain not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expectHeading(page, 'Diese Seite gibt es nicht');
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await expectHeading(page, 'Willkommen bei Teilhabe');
});

test('in Arabic the check page keeps a typed phone number in its order', async ({ page, request }) => {
  // The digit groups of "040 123456" once changed places in a right-to-left line.
  const { session } = await prepareBooking(page, request);
  await page.evaluate(() => localStorage.setItem('teilhabe.locale', JSON.stringify('ar')));
  await openPage(page, `/sessions/${session.id}/register/check`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const number = page.locator('.summary bdi').filter({ hasText: '040 123456' });
  await expect(number).toBeVisible();
  const xs = await number.evaluate((el) => {
    const node = el.firstChild;
    return [...node.textContent].map((_, i) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().x;
    });
  });
  expect(xs, 'each character right of the one before').toEqual([...xs].sort((a, b) => a - b));
});
