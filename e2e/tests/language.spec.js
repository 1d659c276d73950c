// The language switch: the whole interface changes, <html lang> follows, the choice persists.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, expectHeading, chooseLanguage, languageNames } = require('./helpers');

test('switching to English changes the interface and is remembered', async ({ page }) => {
  await page.goto('/sessions');
  await expectHeading(page, 'Kurse finden');
  await chooseLanguage(page, 'English');
  await expectHeading(page, 'Find a course');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText(/seats left/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'finder in English');

  await page.reload();
  await expectHeading(page, 'Find a course');
  await chooseLanguage(page, 'Deutsch');
  await expectHeading(page, 'Kurse finden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('every page of the journey passes axe in every language', async ({ page, request }) => {
  const sessions = await (await request.get('/api/v1/sessions')).json();
  const paths = ['/', '/sessions', `/sessions/${sessions[0].id}`, `/sessions/${sessions[0].id}/register/name`,
    `/sessions/${sessions[0].id}/register/contact`, '/booking', '/help', '/no-such-page'];
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const languages = await languageNames(page);
  expect(languages.length).toBeGreaterThanOrEqual(2);
  for (const language of languages) {
    await chooseLanguage(page, language);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `${path} in ${language}`);
    }
  }
});

test('an unknown address shows a plain not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expectHeading(page, 'Diese Seite gibt es nicht');
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await expectHeading(page, 'Willkommen bei Teilhabe');
});
