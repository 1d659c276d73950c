// The pages linked from the footer, and moving between pages with links and the browser's buttons.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, expectHeading } = require('./helpers');

test('the footer leads to Leichte Sprache, help, the accessibility statement and reporting a barrier', async ({ page }) => {
  await page.goto('/');
  await expectHeading(page, 'Willkommen bei Teilhabe');
  const footer = page.getByRole('navigation', { name: 'Weitere Seiten' });

  await footer.getByRole('link', { name: 'Leichte Sprache' }).click();
  await expectHeading(page, 'Teilhabe in Leichter Sprache');
  await expect(page).toHaveURL(/\/leichte-sprache$/);
  await expect(page.getByText('Teilhabe ist eine Internet·seite.')).toBeVisible();
  await expectNoAxeViolations(page, 'Leichte Sprache');

  await footer.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }).click();
  await expectHeading(page, 'Erklärung zur Barrierefreiheit');
  for (const section of ['Wie barrierefrei sind diese Seiten?', 'Was noch nicht barrierefrei ist',
    'Barrieren melden: Kontakt', 'Schlichtungsverfahren']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'teilhabe@norderstedt.de' })).toHaveAttribute('href', 'mailto:teilhabe@norderstedt.de');
  await expect(page.getByRole('link', { name: '040 535 95-0' })).toHaveAttribute('href', 'tel:040535950');
  await expect(page.getByRole('link', { name: /Beschwerdestelle für barrierefreie Informationstechnik/ }))
    .toHaveAttribute('href', /^https:\/\/www\.landtag\.ltsh\.de\//);
  await expectNoAxeViolations(page, 'accessibility statement');

  await page.getByRole('main').getByRole('link', { name: 'Barriere melden' }).click();
  await expectHeading(page, 'Barriere melden');
  const mail = await page.getByRole('link', { name: 'E-Mail schreiben' }).getAttribute('href');
  expect(mail).toMatch(/^mailto:teilhabe@norderstedt\.de\?subject=/);
  expect(decodeURIComponent(mail.split('subject=')[1].split('&')[0])).toBe('Barriere bei Teilhabe Norderstedt');
  expect(decodeURIComponent(mail.split('body=')[1])).toContain('Auf welcher Seite war das?');
  await expectNoAxeViolations(page, 'report a barrier');

  await footer.getByRole('link', { name: 'Hilfe am Telefon oder vor Ort' }).click();
  await expectHeading(page, 'Hilfe am Telefon oder vor Ort');
});

test('links change the page without reloading, and back and forward work', async ({ page }) => {
  await page.goto('/');
  await expectHeading(page, 'Willkommen bei Teilhabe');
  await page.evaluate(() => { window.stillTheSameDocument = true; });
  await page.getByRole('link', { name: /Einen Kurs finden/ }).click();
  await expectHeading(page, 'Kurse finden');
  await expect(page).toHaveURL(/\/sessions$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle(/^Kurse finden – /);

  await page.goBack();
  await expectHeading(page, 'Willkommen bei Teilhabe');
  await page.goForward();
  await expectHeading(page, 'Kurse finden');
  expect(await page.evaluate(() => window.stillTheSameDocument)).toBe(true);

  // A link is a real address: it opens directly, too.
  const href = await page.locator('.session-item a').first().getAttribute('href');
  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zurück' })).toHaveAttribute('href', '/sessions');
});
