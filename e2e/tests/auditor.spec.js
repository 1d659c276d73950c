// The auditors' area under /staff/auditor: an auditor reads the report as it stood a month ago,
// downloads it as CSV, verifies the hash chain and pages through the event log; the office
// reaches the same area; the report passes axe in every language.
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const {
  expectNoAxeViolations, expectHeading, tabTo, chooseLanguage, DEMO_PASSWORD, OFFICE, logIn,
} = require('./helpers');

/** The report's heading in each language, by the language's native name. */
const REPORT_TITLES = {
  Deutsch: 'Programmbericht',
  'Leichte Sprache': 'Bericht über das Programm',
  English: 'Programme report',
  Türkçe: 'Program raporu',
  العربية: 'تقرير البرنامج',
  Русский: 'Отчёт о программе',
  Українська: 'Звіт про програму',
  Polski: 'Raport z programu',
};

const GERMAN_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
  'Oktober', 'November', 'Dezember'];

/** Opens an auditor account the way the office does (through its API) and sets its password. */
async function auditorAccount(request) {
  const login = await request.post('/api/v1/staff/login', { data: { email: OFFICE, password: DEMO_PASSWORD } });
  expect(login.ok()).toBeTruthy();
  const csrf = { 'x-csrf-token': (await login.json()).csrf_token };
  const email = `pruefung.${Date.now()}@example.org`;
  const created = await request.post('/api/v1/office/accounts', {
    headers: csrf, data: { name: 'Petra Prüferin', email, role: 'auditor' },
  });
  expect(created.status()).toBe(201);
  const link = (await created.json()).set_password_link;
  const token = new URL(link, 'http://localhost').searchParams.get('token');
  const password = 'Sorgfalt beim Prüfen 2026';
  const set = await request.post('/api/v1/staff/password', { data: { token, password } });
  expect(set.ok(), await set.text()).toBeTruthy();
  await request.post('/api/v1/staff/logout', { headers: csrf });
  return { email, password };
}

/** `YYYY-MM-DD` of a local date. */
function dateInput(d) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('an auditor reads last month\'s report, downloads it, verifies the log and pages through it', async ({ page, request }) => {
  const { email, password } = await auditorAccount(request);
  await logIn(page, email, 'Programmbericht', password);
  await expect(page.locator('.as-of')).toContainText('Stand: ');
  // Now, the demo's registrations are counted, in tables beside the charts.
  const totals = page.getByRole('table', { name: /^Alle Kurse, Stand:/ });
  const registrations = totals.getByRole('row', { name: /^Anmeldungen/ }).getByRole('cell');
  const now = Number(await registrations.textContent());
  expect(now, 'registrations now').toBeGreaterThan(0);
  const byMonth = page.getByRole('table', { name: 'Nach Monat: alle Zahlen' });
  expect(await byMonth.locator('tbody tr').count(), 'months with registrations').toBeGreaterThan(0);
  await expect(page.getByRole('img', { name: 'Nach Monat: Anmeldungen' })).toBeVisible();
  // Where attendance and feedback were recorded: the demo's history took them online, on the
  // office's list, at the door and from paper.
  const bySource = page.getByRole('table', { name: 'Nach Quelle der Eintragung: alle Zahlen' });
  for (const source of ['Im Internet mit Buchungscode', 'Anwesenheitsliste des Programmbüros', 'An der Tür (Check-in)', 'Von Papier nachgetragen']) {
    await expect(bySource.getByRole('rowheader', { name: source })).toBeVisible();
  }
  await expectNoAxeViolations(page, 'auditor: report as of now');

  // The report as it stood a month ago, at noon: recomputed from the events up to then (the
  // demo's log was written when the server started, so it counts fewer, here none).
  const monthAgo = new Date();
  monthAgo.setMonth(monthAgo.getMonth() - 1);
  await page.getByLabel('Datum').fill(dateInput(monthAgo));
  await page.getByLabel('Uhrzeit').fill('12:00');
  await page.getByRole('button', { name: 'Bericht anzeigen' }).click();
  await expect(page).toHaveURL(/\/staff\/auditor\?as_of=/);
  const asOf = `${monthAgo.getDate()}. ${GERMAN_MONTHS[monthAgo.getMonth()]} ${monthAgo.getFullYear()}, 12:00 Uhr`;
  await expect(page.locator('.as-of')).toContainText(`Stand: `);
  await expect(page.locator('.as-of')).toContainText(asOf);
  await expect(totals).toContainText(asOf);
  const figures = await totals.getByRole('cell').allTextContents();
  expect(figures.length, 'one figure per row').toBe(10);
  expect(figures.every((f) => /^(\d+|\d+ %|\d+,\d|–)$/.test(f)), figures.join(' | ')).toBe(true);
  const then = Number(await registrations.textContent());
  expect(then, 'registrations a month ago').toBeLessThanOrEqual(now);
  await expectNoAxeViolations(page, 'auditor: report a month ago');

  // The same report as CSV.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^Bericht als CSV-Datei/ }).click(),
  ]);
  expect(download.url()).toContain('as_of=');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.split('\n')[0]).toBe('group,key,registrations,waitlisted,cancelled,attended,no_shows,feedback,rating_sum,helped_yes,walk_ins');
  expect(csv).toContain(`all,all,${await registrations.textContent()},`);

  // The event log: the chain checked by keyboard, then one page on and back.
  await page.getByRole('navigation', { name: 'Bereich' }).getByRole('link', { name: 'Ereignisprotokoll' }).click();
  await expectHeading(page, 'Ereignisprotokoll');
  await expect(page.getByRole('heading', { level: 3, name: /^Position 1: / })).toBeVisible();
  const verify = page.getByRole('button', { name: 'Protokoll prüfen' });
  await tabTo(page, verify);
  await page.keyboard.press('Enter');
  const status = page.locator('.verify-result[role="status"]');
  await expect(status).toContainText(/Unversehrt: \d+ Ereignisse geprüft\./, { timeout: 30_000 });
  await expect(status.locator('code')).toHaveText(/^[0-9a-f]{64}$/);
  await expectNoAxeViolations(page, 'auditor: event log, verified');

  await page.getByRole('link', { name: 'Nächste Seite' }).click();
  const heading = await expectHeading(page, 'Ereignisprotokoll ab Position 21');
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/\/staff\/auditor\/log\?after=20$/);
  const first = page.locator('.event').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(/^Position 21: /);
  // The hash is short to the eye and whole on demand.
  await first.getByText('Daten und vollständiger Hash von Position 21').click();
  await expect(first.locator('.hash-full')).toHaveText(/^[0-9a-f]{64}$/);
  await expectNoAxeViolations(page, 'auditor: event log, second page');
  await page.getByRole('link', { name: 'Vorherige Seite' }).click();
  await expectHeading(page, 'Ereignisprotokoll');

  // Filters are plain fields; the address keeps them.
  await page.getByLabel('Art des Ereignisses').fill('ParticipantRegistered');
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await expect(page).toHaveURL(/type=ParticipantRegistered/);
  await expect(page.locator('.event h3').first()).toHaveText(/ParticipantRegistered$/);
  const types = await page.locator('.event h3').allTextContents();
  expect(types.every((t) => t.endsWith(': ParticipantRegistered')), types.join('\n')).toBe(true);
  await expectNoAxeViolations(page, 'auditor: event log, filtered');
});

test('the office reaches the auditors\' area from its navigation', async ({ page }) => {
  await logIn(page, OFFICE, 'Übersicht');
  await page.getByRole('navigation', { name: 'Bereich' }).getByRole('link', { name: 'Prüfung' }).click();
  await expectHeading(page, 'Programmbericht');
  await expect(page.getByRole('link', { name: 'Prüfung', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Ereignisprotokoll ansehen und prüfen' }).click();
  await expectHeading(page, 'Ereignisprotokoll');
  // The log has no link of its own in the office's navigation: its area's link is marked.
  await expect(page.getByRole('link', { name: 'Prüfung', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('the report has no axe violations in any language, Arabic right to left', async ({ page }) => {
  await logIn(page, OFFICE, 'Übersicht');
  await page.goto('/staff/auditor');
  await expectHeading(page, 'Programmbericht');
  for (const [language, title] of Object.entries(REPORT_TITLES)) {
    await chooseLanguage(page, language);
    await expectHeading(page, title);
    await expect(page.locator('.as-of')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'العربية' ? 'rtl' : 'ltr');
    await expectNoAxeViolations(page, `auditor: report in ${language}`);
  }
});

test('the auditors\' pages do not scroll sideways on a 320 px screen, even at 200 % text', async ({ page }) => {
  await logIn(page, OFFICE, 'Übersicht');
  await page.setViewportSize({ width: 320, height: 640 });
  for (const size of ['0', '2']) {
    await page.evaluate((s) => localStorage.setItem('teilhabe.settings', `${s}00`), size);
    for (const path of ['/staff/auditor', '/staff/auditor/log', '/staff/auditor/log?after=20&type=SessionScheduled']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      await expect(page.locator('.as-of, .event, .verify').first()).toBeVisible();
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, `${path} at text size ${size} is no wider than the screen`).toBeLessThanOrEqual(client);
    }
  }
});
