// Shared steps: axe on every page, keyboard navigation, and API shortcuts for set-up.
const { expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the current page and fails with the rule ids and nodes it reports. */
async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(summary, `axe violations on ${label || page.url()}`).toEqual([]);
  return results.passes.length;
}

/** Waits for the page's h1 (the app moves focus there after each route change). */
async function expectHeading(page, name) {
  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toBeVisible();
  return heading;
}

/** Presses Tab until `locator` has focus; fails after `max` presses. */
async function tabTo(page, locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${locator} with the Tab key`);
}

/** Opens the settings in the header, if they are closed. */
async function openSettings(page) {
  const toggle = page.locator('button[aria-controls="settings"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.locator('#settings')).toBeVisible();
}

/** Switches the interface to the language with this native name and waits until it shows. */
async function chooseLanguage(page, name) {
  await openSettings(page);
  const button = page.locator('#settings').getByRole('button', { name, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** The native names of all languages, as the settings offer them. */
async function languageNames(page) {
  await openSettings(page);
  return page.locator('#settings button[lang]').allTextContents();
}

/** The demo session with the given capacity, from the API. */
async function sessionWithCapacity(request, capacity) {
  const response = await request.get('/api/v1/sessions');
  expect(response.ok()).toBeTruthy();
  const sessions = await response.json();
  const session = sessions.find((s) => s.capacity === capacity);
  expect(session, `a demo session with ${capacity} seats`).toBeTruthy();
  return session;
}

/** Registers someone through the API; returns the answer body. */
async function registerByApi(request, sessionId, name) {
  const response = await request.post(`/api/v1/sessions/${sessionId}/registrations`, {
    data: { name, contact: { kind: 'none' } },
  });
  expect(response.status()).toBe(201);
  return response.json();
}

module.exports = {
  expectNoAxeViolations, expectHeading, tabTo, sessionWithCapacity, registerByApi, openSettings, chooseLanguage,
  languageNames,
};
