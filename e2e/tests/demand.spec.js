// The office's demand map under /staff/office/demand: interests left through the residents'
// API show by topic × district and by weekday (tables with header cells, SVG charts with a
// name), beside the waiting lists; the planning form says how many interested people a
// session would reach before it is saved; axe finds nothing in any of the eight languages.
const { test, expect } = require('@playwright/test');
const {
  expectNoAxeViolations, expectHeading, chooseLanguage, OFFICE, logIn,
} = require('./helpers');

/** The page's heading in each language, by the language's native name (Arabic last). */
const TITLES = {
  Deutsch: 'Nachfrage', 'Leichte Sprache': 'Nachfrage', English: 'Demand', Türkçe: 'Talep',
  Русский: 'Спрос', Українська: 'Попит', Polski: 'Zapotrzebowanie', العربية: 'الطلب',
};

const EVERY_DAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

async function leaveInterest(request, name) {
  const response = await request.post('/api/v1/interests', {
    data: {
      topics: ['photos'], districts: ['Glashütte'], weekdays: EVERY_DAY, name,
      reach: { kind: 'phone', value: '040 5550199' }, consent: true,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test('the office sees where demand is, and what a planned session would reach', async ({ page, request }) => {
  await leaveInterest(request, 'Hedwig Sandmann');
  await leaveInterest(request, 'Kuno Brakel');
  await logIn(page, OFFICE, 'Übersicht');
  const demand = await (await page.request.get('/api/v1/office/interests/demand')).json();
  const photos = demand.by_topic_district.find((c) => c.topic === 'photos' && c.district === 'Glashütte');
  expect(photos.interests).toBeGreaterThanOrEqual(2);

  await page.getByRole('navigation', { name: 'Bereich' }).getByRole('link', { name: 'Nachfrage' }).click();
  await expectHeading(page, 'Nachfrage');
  const byTopic = page.getByRole('table', { name: 'Wünsche nach Thema (Zeilen) und Stadtteil (Spalten)' });
  await expect(byTopic.getByRole('columnheader', { name: 'Glashütte' })).toBeVisible();
  const row = byTopic.getByRole('row', { name: /^Fotos mit dem Smartphone/ });
  await expect(row.getByRole('rowheader')).toHaveText('Fotos mit dem Smartphone');
  // Columns: the topic, then the districts in the city's order (Glashütte is the third).
  await expect(row.getByRole('cell').nth(2)).toHaveText(String(photos.interests));
  await expect(page.getByRole('img', { name: /Wünsche je Thema und Stadtteil/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Wünsche je Wochentag/ })).toBeVisible();
  const byDay = page.getByRole('table', { name: /^Wünsche nach Wochentag/ });
  await expect(byDay.getByRole('rowheader')).toHaveCount(7);
  await expectNoAxeViolations(page, 'office: demand (de)');

  // Every language, Arabic right to left.
  for (const [language, heading] of Object.entries(TITLES)) {
    await chooseLanguage(page, language);
    await expectHeading(page, heading);
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'العربية' ? 'rtl' : 'ltr');
    await expect(page.getByRole('img')).toHaveCount(2);
    await expectNoAxeViolations(page, `office: demand in ${language}`);
  }
  await expect(page.getByRole('table', { name: 'الرغبات حسب الموضوع (الصفوف) والحي (الأعمدة)' })).toBeVisible();
  await chooseLanguage(page, 'Deutsch');

  // Planning: once topic, district, day and start are chosen, the form says whom it reaches.
  await page.goto('/staff/office/sessions/new');
  await expectHeading(page, 'Kurs planen');
  await page.getByLabel('Fotos mit dem Smartphone').check();
  await page.getByLabel('Glashütte').check();
  const day = new Date(Date.now() + 9 * 86400000).toISOString().slice(0, 10);
  await page.getByLabel('Datum').fill(day);
  await page.getByLabel('Beginn').fill('10:00');
  const reach = page.locator('#interest-reach');
  await expect(reach).toHaveAttribute('aria-live', 'polite');
  await expect(reach).toHaveText(`Diese Veranstaltung erreicht ${photos.interests} Interessierte.`);
  await expectNoAxeViolations(page, 'office: plan a session, with its reach');
});
