// The confirmation page: which course, a printable large-print confirmation and a calendar file.
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, expectHeading } = require('./helpers');

/** Signs up for `session` through the pages and returns the booking code shown. */
async function signUp(page, session, name) {
  await page.goto(`/sessions/${session.id}/register/name`);
  await page.getByLabel('Vorname und Nachname').fill(name);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Gar nicht, ich komme einfach').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  // No phone number or address, so no consent question: straight to the (optional) needs.
  await expectHeading(page, 'Brauchen Sie beim Kurs Unterstützung?');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expectHeading(page, 'Sie sind angemeldet');
  return (await page.locator('.booking-code [aria-hidden="true"]').textContent()).trim();
}

const utc = (iso) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

test('the confirmation names the course, prints in large type and offers a calendar file', async ({ page, request }) => {
  const sessions = await (await request.get('/api/v1/sessions')).json();
  const session = sessions.find((s) => s.topic === 'video-calls' && s.seats_left > 0);
  const code = await signUp(page, session, 'Erika Mustermann');

  await expect(page.getByRole('heading', { level: 2, name: 'Videoanrufe mit der Familie' })).toBeVisible();
  await expect(page.getByText(session.venue)).toBeVisible();
  await expect(page.getByText('Erika Mustermann')).toBeVisible();
  await expectNoAxeViolations(page, 'confirmation with course and actions');

  // Print: the button opens the browser's print dialogue.
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.getByRole('button', { name: 'Bestätigung drucken' }).click();
  expect(await page.evaluate(() => window.printed)).toBe(true);

  // The printed page: content only, code in large print, the phone number for questions.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Bestätigung drucken' })).toBeHidden();
  await expect(page.getByText(/Fragen\? Rufen Sie uns an: 040 535 95-0/)).toBeVisible();
  const codeSize = await page.locator('.booking-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(codeSize).toBeGreaterThanOrEqual(48);
  const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(21);
  await page.emulateMedia({ media: 'screen' });

  // The calendar file: RFC 5545 with CRLF, UTC times and escaped text.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'In den Kalender eintragen' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`teilhabe-${code}.ics`);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  expect(text.split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  const unfolded = text.replace(/\r\n /g, '');
  expect(unfolded).toContain(`\r\nUID:${code.replace('-', '')}@teilhabe.norderstedt.de\r\n`);
  expect(unfolded).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  expect(unfolded).toContain(`\r\nDTSTART:${utc(session.starts_at)}\r\n`);
  expect(unfolded).toContain(`\r\nDTEND:${utc(session.ends_at)}\r\n`);
  expect(unfolded).toContain('\r\nSUMMARY:Videoanrufe mit der Familie\r\n');
  expect(unfolded).toContain(`\r\nLOCATION:${session.venue}\\, ${session.district}\r\n`);
  expect(unfolded).toContain(`Ihr Buchungscode: ${code}.`);
});
