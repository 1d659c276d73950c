// The ideas store on the residents' side (its own bundle under /ideas, in the residents' frame):
// from the start page's fourth choice to the list, the wall of ideas to print, an idea's page with its way through the
// working group, and a new idea one question per page to its confirmation; in German, Leichte
// Sprache and Arabic, with axe on every page and no sideways scrolling at 320 px.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, chooseLanguage } = require('./helpers');

const LOCALES = [
  { name: 'Deutsch', lang: 'de', dir: 'ltr' },
  { name: 'Leichte Sprache', lang: 'de', dir: 'ltr' },
  { name: 'العربية', lang: 'ar', dir: 'rtl' },
];

/** Fails if the page scrolls sideways at its current width. */
async function expectNoSidewaysScroll(page, label) {
  const [scroll, client] = await page.evaluate(
    () => [document.documentElement.scrollWidth, document.documentElement.clientWidth],
  );
  expect(scroll, `sideways scrolling on ${label}`).toBeLessThanOrEqual(client);
}

/** axe, then the same page at 320 px, then back to the usual width. */
async function checkPage(page, label) {
  await expect(page.locator('main h1')).toBeVisible();
  await expectNoAxeViolations(page, label);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page, `${label} at 320 px`);
  await page.setViewportSize(size);
}

for (const locale of LOCALES) {
  test(`a resident reaches the ideas store from the start page and submits an idea (${locale.name})`, async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, locale.name);
    await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);

    // The start page's fourth choice and the footer both lead to the store.
    await expect(page.locator('footer a[href="/ideas"]')).toBeVisible();
    const choice = page.locator('main ul.choices a[href="/ideas"]');
    await expect(choice).toBeVisible();
    if (locale.name === 'Deutsch') await expect(choice).toContainText('Eine Idee für Norderstedt');
    await choice.click();

    // The list, by field of action and state, with supporter counts.
    await expect(page).toHaveURL(/\/ideas$/);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
    await expect(page.locator('li.idea').first()).toBeVisible();
    if (locale.name === 'Deutsch') {
      await expect(page.locator('main h1')).toHaveText('Ideenspeicher');
      await page.getByRole('button', { name: 'Pilotprojekt', exact: true }).click();
      await expect(page.getByRole('status')).toContainText('Idee');
      await expect(page.locator('li.idea .idea-state-pilot').first()).toBeVisible();
      await expect(page.locator('li.idea .idea-state-kept')).toHaveCount(0);
      await page.getByRole('button', { name: 'Jeder Stand', exact: true }).click();
    }
    await checkPage(page, `ideas list (${locale.name})`);

    // The wall of ideas to print: by field of action, with the store's QR code from the server.
    await page.locator('main a[href="/ideas/wall"]').click();
    await expect(page).toHaveURL(/\/ideas\/wall$/);
    await expect(page.locator('.wall-field')).toHaveCount(4);
    const qr = page.locator('.wall-qr img');
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR code loads').toBe(true);
    await checkPage(page, `wall of ideas (${locale.name})`);
    await page.locator('main .back-link').click();
    await expect(page).toHaveURL(/\/ideas$/);

    // An idea decided by the working group: its way, each step with the reason.
    await page.locator('li.idea').filter({ has: page.locator('.idea-state-kept') }).first()
      .locator('h2 a').click();
    await expect(page).toHaveURL(/\/ideas\/[0-9a-f]+$/);
    const steps = page.locator('ol.idea-history li');
    await expect(steps.first()).toBeVisible();
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    await expect(steps.last().locator('.idea-state-kept')).toBeVisible();
    await expect(steps.last().locator('p').nth(1)).not.toBeEmpty();
    await checkPage(page, `idea page (${locale.name})`);

    // Support it: the booking code's page.
    await page.locator('main a[href$="/support"]').click();
    await expect(page.locator('main input#booking_code')).toBeVisible();
    await checkPage(page, `support an idea (${locale.name})`);
    await page.locator('main .back-link').click();
    await page.locator('main .back-link').click();

    // A new idea, one question per page.
    await page.locator('main a[href="/ideas/new/what"]').click();
    await expect(page).toHaveURL(/\/ideas\/new\/what$/);
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await checkPage(page, `idea: what, with an error (${locale.name})`);
    await page.locator('textarea#what').fill(`Ein Treffpunkt zum Handy-Üben in der Bücherei ${locale.name}`);
    await page.locator('form button[type="submit"]').click();

    await expect(page).toHaveURL(/for-whom$/);
    await checkPage(page, `idea: for whom (${locale.name})`);
    await page.locator('input#for_whom').fill('Für ältere Menschen');
    await page.locator('form button[type="submit"]').click();

    await expect(page).toHaveURL(/where$/);
    await checkPage(page, `idea: where (${locale.name})`);
    await page.locator('input#where_in_city').fill('Stadtbücherei Garstedt');
    await page.locator('form button[type="submit"]').click();

    await expect(page).toHaveURL(/field$/);
    await checkPage(page, `idea: field of action (${locale.name})`);
    await page.locator('label[for="field-working-with"]').click();
    await page.locator('form button[type="submit"]').click();

    await expect(page).toHaveURL(/contact$/);
    await page.locator('label[for="contact-email"]').click();
    await page.locator('input#contact-value').fill('ideen@example.org');
    await checkPage(page, `idea: how to reach you (${locale.name})`);
    await page.locator('form button[type="submit"]').click();

    await expect(page).toHaveURL(/check$/);
    await expect(page.locator('dl.summary')).toContainText('ideen@example.org');
    await checkPage(page, `idea: check your answers (${locale.name})`);
    await page.locator('main form button[type="submit"]').click();

    await expect(page).toHaveURL(/done$/);
    if (locale.name === 'Deutsch') await expect(page.locator('main h1')).toHaveText('Danke für Ihre Idee!');
    await checkPage(page, `idea: confirmation (${locale.name})`);

    // The new idea is in the list, submitted.
    await page.locator('main a[href="/ideas"]').first().click();
    const mine = page.locator('li.idea').filter({ hasText: `Bücherei ${locale.name}` });
    await expect(mine).toBeVisible();
    await expect(mine.locator('.idea-state-submitted')).toBeVisible();

    // The rest of the site is one link away: the residents' bundle loads again.
    await page.locator('header a.site-name').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('main ul.choices a[href="/ideas"]')).toBeVisible();
  });
}
