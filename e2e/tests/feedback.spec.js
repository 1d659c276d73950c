// After a course: the holder of a seat says how it was (five faces, "did it help you?", an
// optional comment and the next topic), by keyboard alone and by mouse. Uses the demo session
// that took place last week (TEILHABE_DEMO=1).
const { test, expect } = require('@playwright/test');
const {
  expectNoAxeViolations, expectHeading, tabTo, registerByApi, sessionWithCapacity, PAST,
} = require('./helpers');

test('a participant gives feedback using only the keyboard', async ({ page, request }) => {
  await page.goto('/');
  await expectHeading(page, 'Willkommen bei Teilhabe');
  await tabTo(page, page.getByRole('link', { name: /Meine Buchung/ }));
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Meine Buchung');
  await tabTo(page, page.getByLabel('Ihr Buchungscode'));
  await page.keyboard.type(PAST.keyboard.toLowerCase().replace('-', ''));
  await page.keyboard.press('Enter');

  // The course is over: no cancelling, but a way to say how it was.
  await expect(page.getByText('Dieser Kurs hat schon stattgefunden.')).toBeVisible();
  await expect(page.getByText('Erika Muster', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Platz absagen' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'booking with feedback open');
  await tabTo(page, page.getByRole('link', { name: 'Erzählen Sie uns, wie es war' }));
  await page.keyboard.press('Enter');

  await expectHeading(page, 'Wie war der Kurs?');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle(/^Wie war der Kurs\? – /);
  // Five faces, each with its words: the name of every choice is the text beside the face.
  const faces = page.getByRole('group', { name: 'Wie war der Kurs?' }).getByRole('radio');
  await expect(faces).toHaveCount(5);
  for (const words of ['Sehr gut', 'Gut', 'Es ging so', 'Schlecht', 'Sehr schlecht']) {
    await expect(page.getByRole('radio', { name: words, exact: true })).toBeVisible();
  }
  await expect(page.locator('.face-icon[aria-hidden="true"]')).toHaveCount(5);

  // Sending no answer: the summary takes focus and leads to the first face.
  await tabTo(page, page.getByRole('button', { name: 'Weiter' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Bitte wählen Sie aus, wie der Kurs war.');
  await expect(page).toHaveTitle(/^Fehler: Wie war der Kurs\? – /);
  await expectNoAxeViolations(page, 'rating with error');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Sehr gut' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Gut', exact: true })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Weiter' }));
  await page.keyboard.press('Enter');

  await expectHeading(page, 'Hat Ihnen der Kurs geholfen?');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page, 'did it help');
  await tabTo(page, page.getByRole('radio', { name: 'Ja' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Zum Teil' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Weiter' }));
  await page.keyboard.press('Enter');

  await expectHeading(page, 'Zum Schluss: zwei Fragen, beide freiwillig');
  await expectNoAxeViolations(page, 'comment and next topic');
  await tabTo(page, page.getByRole('textbox', { name: 'Möchten Sie uns noch etwas sagen?' }));
  await page.keyboard.type('Die Kursleiterin hat alles langsam erklärt.');
  await tabTo(page, page.getByRole('radio', { name: 'Smartphone: die ersten Schritte' }));
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Fotos mit dem Smartphone' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Absenden' }));
  await page.keyboard.press('Enter');

  await expectHeading(page, 'Vielen Dank für Ihre Meinung');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page, 'thank you');
  const booking = await (await request.get(`/api/v1/bookings/${PAST.keyboard}`)).json();
  expect(booking.feedback).toBe('given');

  // The booking now says thank you instead of asking again.
  await tabTo(page, page.getByRole('link', { name: 'Meine Buchung ansehen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Sie haben uns schon gesagt, wie der Kurs war. Vielen Dank!')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Erzählen Sie uns, wie es war' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'booking with feedback given');
});

test('feedback keeps its answers on the way back and names a comment that is too long', async ({ page, request }) => {
  await page.goto(`/booking/${PAST.mouse}`);
  await expect(page.getByText('Ayşe Yılmaz')).toBeVisible();
  await page.getByRole('link', { name: 'Erzählen Sie uns, wie es war' }).click();
  await expectHeading(page, 'Wie war der Kurs?');
  await page.getByText('Sehr schlecht').click();
  await expect(page.getByRole('radio', { name: 'Sehr schlecht' })).toBeChecked();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Hat Ihnen der Kurs geholfen?');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('alert')).toContainText('Bitte wählen Sie „Ja“, „Zum Teil“ oder „Nein“.');
  await page.getByLabel('Nein').check();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Zum Schluss: zwei Fragen, beide freiwillig');
  const comment = page.getByLabel('Möchten Sie uns noch etwas sagen?');
  await comment.fill('x'.repeat(1001));
  await page.getByRole('button', { name: 'Absenden' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.getByText('Ihr Text ist zu lang. Bitte kürzen Sie ihn auf 1000 Zeichen.')).toHaveCount(2);
  await expect(comment).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'comment too long');
  await summary.getByRole('link').click();
  await expect(comment).toBeFocused();

  // Back: the answers given are still chosen.
  await page.getByRole('link', { name: 'Zurück' }).click();
  await expectHeading(page, 'Hat Ihnen der Kurs geholfen?');
  await expect(page.getByLabel('Nein')).toBeChecked();
  await page.getByRole('link', { name: 'Zurück' }).click();
  await expect(page.getByRole('radio', { name: 'Sehr schlecht' })).toBeChecked();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Zum Schluss: zwei Fragen, beide freiwillig');
  await comment.fill('Zu schnell für mich.');
  await page.getByLabel('Kein bestimmtes Thema').check();
  await page.getByRole('button', { name: 'Absenden' }).click();
  await expectHeading(page, 'Vielen Dank für Ihre Meinung');

  // Said once: a second feedback for the same booking is refused.
  const again = await request.post(`/api/v1/bookings/${PAST.mouse}/feedback`, {
    data: { rating: 5, helped: 'yes' },
  });
  expect(again.status()).toBe(409);
  expect((await again.json()).message_key).toBe('problem-feedback-given');
});

test('a booking for a course still to come asks no feedback', async ({ page, request }) => {
  // The large session, so the other journeys still find the seat counts they expect.
  const session = await sessionWithCapacity(request, 40);
  const { booking_code: code } = await registerByApi(request, session.id, 'Hans Peters');
  await page.goto(`/booking/${code}`);
  await expect(page.getByText('Ihr Platz ist sicher.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Platz absagen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Erzählen Sie uns, wie es war' })).toHaveCount(0);
});
