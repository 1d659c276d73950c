// A full session: the next person waits, and a cancellation gives them the seat.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, expectHeading, sessionWithCapacity, registerByApi } = require('./helpers');

test('a full session puts the next person on the waitlist and promotes them when a seat frees', async ({ page, request }) => {
  const session = await sessionWithCapacity(request, 2);
  const first = await registerByApi(request, session.id, 'Hans Peters');
  await registerByApi(request, session.id, 'Olga Iwanowa');

  await page.goto(`/sessions/${session.id}`);
  await expectHeading(page, 'Smartphone: die ersten Schritte');
  await expect(page.getByText('Keine Plätze frei')).toBeVisible();
  await expect(page.getByText(/Dieser Kurs ist voll/)).toBeVisible();
  await expectNoAxeViolations(page, 'full session');
  await page.getByRole('link', { name: 'Auf die Warteliste setzen' }).click();

  await page.getByLabel('Vorname und Nachname').fill('Marta Nowak');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Per E-Mail').check();
  await page.getByLabel('Ihre E-Mail-Adresse').fill('marta@example.org');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expectHeading(page, 'Dürfen wir Ihnen an marta@example.org zu diesem Kurs schreiben, zum Beispiel wenn er sich ändert?');
  await page.getByLabel('Ja, das dürfen Sie').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expectHeading(page, 'Brauchen Sie beim Kurs Unterstützung?');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();

  await expectHeading(page, 'Sie stehen auf der Warteliste');
  await expect(page.getByText(/Sie sind Nummer 1 auf der Warteliste/)).toBeVisible();
  await expectNoAxeViolations(page, 'waitlisted confirmation');
  const code = (await page.locator('.booking-code [aria-hidden="true"]').textContent()).trim();

  await page.getByRole('link', { name: 'Meine Buchung ansehen' }).click();
  await expect(page.getByText('Sie stehen auf der Warteliste, Nummer 1.')).toBeVisible();
  await expectNoAxeViolations(page, 'waitlisted booking');

  const cancelled = await request.delete(`/api/v1/bookings/${first.booking_code}`);
  expect(cancelled.status()).toBe(200);

  await page.reload();
  await expect(page.getByText('Ihr Platz ist sicher.')).toBeVisible();
  await expect(page.getByText(code)).toBeVisible();
});
