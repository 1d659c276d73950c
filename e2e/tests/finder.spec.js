// The course finder's filters: large toggle buttons for topic, district and weekday, no typing.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, expectHeading } = require('./helpers');

const count = (n) => (n === 0 ? 'Kein Kurs passt.' : n === 1 ? '1 Kurs passt.' : `${n} Kurse passen.`);
const weekdayOf = (iso) => new Date(iso).toLocaleDateString('de-DE', { weekday: 'long', timeZone: 'Europe/Berlin' });

test('filters narrow the list and say when no course matches', async ({ page, request }) => {
  const sessions = await (await request.get('/api/v1/sessions')).json();
  await page.goto('/sessions');
  await expectHeading(page, 'Kurse finden');
  const status = page.getByRole('status');
  await expect(status).toHaveText(count(sessions.length));
  const items = page.locator('.session-item');
  await expect(items).toHaveCount(sessions.length);

  const topic = page.getByRole('group', { name: 'Thema' }).getByRole('button', { name: 'Fotos mit dem Smartphone' });
  await topic.click();
  await expect(topic).toHaveAttribute('aria-pressed', 'true');
  const photos = sessions.filter((s) => s.topic === 'photos');
  await expect(status).toHaveText(count(photos.length));
  await expect(items).toHaveCount(photos.length);
  await expectNoAxeViolations(page, 'finder with a topic chosen');

  // Two topics: either may match.
  await page.getByRole('button', { name: 'Betrug im Internet erkennen' }).click();
  const either = sessions.filter((s) => s.topic === 'photos' || s.topic === 'spotting-scams');
  await expect(status).toHaveText(count(either.length));
  await topic.click();
  await expect(topic).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Betrug im Internet erkennen' }).click();
  await expect(status).toHaveText(count(sessions.length));

  // A district and a weekday on which it has no course: nothing matches, and the page says so.
  const district = sessions[0].district;
  const days = new Set(sessions.filter((s) => s.district === district).map((s) => weekdayOf(s.starts_at)));
  const otherDay = sessions.map((s) => weekdayOf(s.starts_at)).find((d) => !days.has(d));
  expect(otherDay, 'the demo data has a weekday without courses in the first district').toBeTruthy();
  await page.getByRole('group', { name: 'Stadtteil' }).getByRole('button', { name: district }).click();
  const inDistrict = sessions.filter((s) => s.district === district);
  await expect(status).toHaveText(count(inDistrict.length));
  await page.getByRole('group', { name: 'Wochentag' }).getByRole('button', { name: otherDay }).click();
  await expect(status).toHaveText(count(0));
  await expect(page.getByText(/Kein Kurs passt zu Ihrer Auswahl/)).toBeVisible();
  await expect(items).toHaveCount(0);
  await expectNoAxeViolations(page, 'finder with no match');

  // The choice survives a visit to a course and the way back; one button clears it.
  await page.getByRole('button', { name: 'Alle Kurse zeigen' }).click();
  await expect(status).toHaveText(count(sessions.length));
  await topic.click();
  await items.first().getByRole('link').click();
  await expectHeading(page, 'Fotos mit dem Smartphone');
  await page.getByRole('link', { name: 'Zurück' }).click();
  await expectHeading(page, 'Kurse finden');
  await expect(topic).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toHaveText(count(photos.length));
});
