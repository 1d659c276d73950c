// The resident's whole journey: find a course, sign up (name, contact, consent, needs), get a
// code, look it up, cancel.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, expectHeading, tabTo } = require('./helpers');

test('a resident signs up for a course and cancels it, by mouse', async ({ page }) => {
  await page.goto('/');
  await expectHeading(page, 'Willkommen bei Teilhabe');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expectNoAxeViolations(page, 'start');

  await page.getByRole('link', { name: /Einen Kurs finden/ }).click();
  await expectHeading(page, 'Kurse finden');
  await expect(page).toHaveTitle(/^Kurse finden – /);
  await expect(page.getByText(/12 Plätze frei/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'finder');

  await page.getByRole('link', { name: 'Smartphone: die ersten Schritte' }).first().click();
  await expectHeading(page, 'Smartphone: die ersten Schritte');
  await expectNoAxeViolations(page, 'session');
  await page.getByRole('link', { name: 'Jetzt anmelden' }).click();

  await expectHeading(page, 'Wie heißen Sie?');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page, 'name question');
  await page.getByLabel('Vorname und Nachname').fill('Erika Mustermann');
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Wie können wir Sie erreichen?');
  await expectNoAxeViolations(page, 'contact question');
  await page.getByLabel('Per Telefon').check();
  await page.getByLabel('Ihre Telefonnummer').fill('040 123456');
  await expectNoAxeViolations(page, 'contact question with phone field');
  await page.getByRole('button', { name: 'Weiter' }).click();

  // Consent, asked because a phone number was given; the title leaves the number out.
  await expectHeading(page, 'Dürfen wir Sie unter 040 123456 zu diesem Kurs anrufen, zum Beispiel wenn er sich ändert?');
  await expect(page).toHaveTitle(/^Dürfen wir Sie anrufen\? – /);
  await expect(page.getByText('Dann speichern wir Ihre Telefonnummer nicht.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'consent question');
  await page.getByLabel('Ja, das dürfen Sie').check();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Brauchen Sie beim Kurs Unterstützung?');
  await expectNoAxeViolations(page, 'needs question');
  await page.getByLabel('Einen Platz, den ich mit dem Rollstuhl erreiche').check();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Bitte prüfen Sie Ihre Angaben');
  await expect(page.getByText('Erika Mustermann')).toBeVisible();
  await expect(page.getByText('Per Telefon: 040 123456')).toBeVisible();
  await expect(page.getByText('Ja, das dürfen Sie')).toBeVisible();
  await expect(page.getByText('Einen Platz, den ich mit dem Rollstuhl erreiche')).toBeVisible();
  await expectNoAxeViolations(page, 'check answers');

  // A change link leads to the question with the answer kept, and back to the check page.
  await page.getByRole('link', { name: 'Ändern – Unterstützung' }).click();
  await expectHeading(page, 'Brauchen Sie beim Kurs Unterstützung?');
  await expect(page.getByLabel('Einen Platz, den ich mit dem Rollstuhl erreiche')).toBeChecked();
  await page.getByLabel('Ein Smartphone oder Tablet zum Ausleihen').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expectHeading(page, 'Bitte prüfen Sie Ihre Angaben');
  await expect(page.getByText('Ein Smartphone oder Tablet zum Ausleihen')).toBeVisible();
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();

  await expectHeading(page, 'Sie sind angemeldet');
  const code = (await page.locator('.booking-code [aria-hidden="true"]').textContent()).trim();
  expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
  await expectNoAxeViolations(page, 'confirmation');

  // Later: "my booking" from the start page, with the code typed in lower case.
  await page.goto('/');
  await page.getByRole('link', { name: /Meine Buchung/ }).click();
  await expectHeading(page, 'Meine Buchung');
  await expectNoAxeViolations(page, 'booking code form');
  await page.getByLabel('Ihr Buchungscode').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Buchung anzeigen' }).click();
  await expect(page.getByText('Ihr Platz ist sicher.')).toBeVisible();
  await expect(page.getByText('Erika Mustermann')).toBeVisible();
  await expectNoAxeViolations(page, 'booking');

  await page.getByRole('link', { name: 'Platz absagen' }).click();
  await expectHeading(page, 'Wollen Sie wirklich absagen?');
  await expectNoAxeViolations(page, 'cancel question');
  await page.getByRole('button', { name: 'Ja, absagen' }).click();
  await expectHeading(page, 'Ihre Buchung ist abgesagt');
  await expectNoAxeViolations(page, 'cancelled');

  await page.goto(`/booking/${code}`);
  await expect(page.getByText('Diese Buchung ist abgesagt.')).toBeVisible();
});

test('a resident signs up and cancels using only the keyboard', async ({ page }) => {
  await page.goto('/');
  await expectHeading(page, 'Willkommen bei Teilhabe');

  // The skip link is the first stop and leads to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();

  // Larger text, chosen in the settings with the keyboard.
  const settingsToggle = page.locator('button[aria-controls="settings"]');
  await tabTo(page, settingsToggle);
  await page.keyboard.press('Enter');
  await expect(settingsToggle).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, page.getByRole('button', { name: 'Groß', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await tabTo(page, page.getByRole('button', { name: 'Fertig' }));
  await page.keyboard.press('Enter');
  await expect(settingsToggle).toBeFocused();
  await expect(page.locator('#settings')).toBeHidden();

  await tabTo(page, page.getByRole('link', { name: /Einen Kurs finden/ }));
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Kurse finden');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // A filter, switched on with the space bar.
  const topic = page.getByRole('button', { name: 'Videoanrufe mit der Familie' });
  await tabTo(page, topic);
  await page.keyboard.press('Space');
  await expect(topic).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.session-item')).not.toHaveCount(0);

  // The list names courses by their topic; other specs may have planned one more of this topic.
  await tabTo(page, page.getByRole('link', { name: 'Videoanrufe mit der Familie' }).first());
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Videoanrufe mit der Familie');
  await tabTo(page, page.getByRole('link', { name: 'Jetzt anmelden' }));
  await page.keyboard.press('Enter');

  await expectHeading(page, 'Wie heißen Sie?');
  // Sending an empty answer shows the error summary, focused, linking to the field.
  await tabTo(page, page.getByRole('button', { name: 'Weiter' }));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expectNoAxeViolations(page, 'name question with error');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Vorname und Nachname')).toBeFocused();
  await page.keyboard.type('Ayşe Yılmaz');
  await page.keyboard.press('Enter');

  await expectHeading(page, 'Wie können wir Sie erreichen?');
  await tabTo(page, page.getByLabel('Per Telefon'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Per E-Mail')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Gar nicht, ich komme einfach')).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Per Telefon')).toBeChecked();
  await tabTo(page, page.getByLabel('Ihre Telefonnummer'));
  await page.keyboard.type('040 987654');
  await tabTo(page, page.getByRole('button', { name: 'Weiter' }));
  await page.keyboard.press('Enter');

  // Consent: sending no answer names the question; "Nein" drops the number.
  await expectHeading(page, /^Dürfen wir Sie unter 040 987654/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Weiter' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Bitte wählen Sie „Ja“ oder „Nein“.');
  await expect(page).toHaveTitle(/^Fehler: Dürfen wir Sie anrufen\? – /);
  await expectNoAxeViolations(page, 'consent question with error');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Ja, das dürfen Sie' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Nein' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Weiter' }));
  await page.keyboard.press('Enter');

  // Needs: ticked with the space bar, any number of them.
  await expectHeading(page, 'Brauchen Sie beim Kurs Unterstützung?');
  const loop = page.getByRole('checkbox', { name: 'Eine Hörschleife für mein Hörgerät' });
  await tabTo(page, loop);
  await page.keyboard.press('Space');
  await expect(loop).toBeChecked();
  const companion = page.getByRole('checkbox', { name: 'Ich bringe eine Begleitperson mit' });
  await tabTo(page, companion);
  await page.keyboard.press('Space');
  await expect(companion).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Weiter' }));
  await page.keyboard.press('Enter');

  await expectHeading(page, 'Bitte prüfen Sie Ihre Angaben');
  await expect(page.getByText('Dann speichern wir Ihre Telefonnummer nicht.', { exact: false })).toBeVisible();
  await expect(page.getByText('Eine Hörschleife für mein Hörgerät')).toBeVisible();
  await expect(page.getByText('Ich bringe eine Begleitperson mit')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Verbindlich anmelden' }));
  await page.keyboard.press('Enter');

  await expectHeading(page, 'Sie sind angemeldet');
  const code = (await page.locator('.booking-code [aria-hidden="true"]').textContent()).trim();
  await tabTo(page, page.getByRole('link', { name: 'Meine Buchung ansehen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ihr Platz ist sicher.')).toBeVisible();
  await expect(page.getByText(code)).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Platz absagen' }));
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Wollen Sie wirklich absagen?');
  await tabTo(page, page.getByRole('button', { name: 'Ja, absagen' }));
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Ihre Buchung ist abgesagt');
});
