// The ideas store under /staff/ideas (open to everyone) and the office's working group: an
// idea is submitted one question per page, shows in the public list, is supported with a
// booking code (once per code), taken into assessment and chosen as a pilot with a reason;
// the demo's ideas show the other states (here: kept in the store for later).
// Plus the call list: the office records "reached" and the card leaves the list.
const { test, expect } = require('@playwright/test');
const {
  expectNoAxeViolations, expectHeading, chooseLanguage, PAST, DEMO_PASSWORD, OFFICE, logIn,
} = require('./helpers');

/** Fails unless the page says it has errors: focused summary, "Fehler: " in the title. */
async function expectErrorSummary(page) {
  const summary = page.getByRole('alert').filter({ hasText: 'Es gibt ein Problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fehler: /);
}

/** The card of the idea with this title in the public list. */
function ideaCard(page, title) {
  return page.locator('li.idea').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
}

/** Supports the idea with `title` from the list, typing the booking code on the support page. */
async function support(page, title, code) {
  await ideaCard(page, title).getByRole('button', { name: 'Diese Idee unterstützen' }).click();
  await expectHeading(page, 'Idee unterstützen');
  await page.getByLabel('Ihr Buchungscode').fill(code);
  await page.getByRole('button', { name: 'Idee unterstützen' }).click();
  await expectHeading(page, 'Ideenspeicher');
}

test('an idea is submitted one question per page, supported once per booking code, and chosen as a pilot by the office', async ({ page }) => {
  const title = `Leihfahrräder mit Stützrädern am Rathaus ${Date.now() % 100000}`;

  // The public list, open without a login.
  await page.goto('/staff/ideas');
  await expectHeading(page, 'Ideenspeicher');
  await expect(page.getByRole('status').filter({ hasText: /Idee/ })).toBeVisible();
  // The demo's ideas: one kept in the store for later, with the working group's reason.
  const kept = ideaCard(page, 'Ein digitaler Stadtrundgang mit Geschichten von früher');
  await expect(kept).toContainText('Für später aufgehoben');
  await expect(kept).toContainText('im nächsten Jahr wieder an');
  await expectNoAxeViolations(page, 'ideas: list');
  await page.getByRole('link', { name: 'Eine Idee einreichen' }).click();

  await expectHeading(page, 'Was ist Ihre Idee?');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('Was ist Ihre Idee? – Teilhabe Norderstedt – Team');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'ideas: what, with an error');
  await page.getByLabel('Die Idee', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Für wen ist die Idee?');
  await expectNoAxeViolations(page, 'ideas: for whom');
  await page.getByLabel('Für wen', { exact: true }).fill('Für ältere Menschen, die unsicher Rad fahren');
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Wo in der Stadt soll es das geben?');
  await expectNoAxeViolations(page, 'ideas: where');
  await page.getByLabel('Wo in der Stadt', { exact: true }).fill('Am Rathaus Norderstedt');
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Zu welchem Handlungsfeld passt die Idee?');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'ideas: field of action, with an error');
  // Each field of action is explained in plain words under its name.
  await expect(page.getByText('Die freie Zeit: Kultur, Sport, Natur')).toBeVisible();
  await page.getByLabel('In Norderstedt leben').check();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Dürfen wir Sie zu Ihrer Idee fragen?');
  await expect(page.getByText('Ihr Kontakt wird nie öffentlich gezeigt.')).toBeVisible();
  await page.getByLabel('Ja, per Telefon').check();
  await page.getByLabel('Telefonnummer').fill('x');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'ideas: contact, with an error');
  await page.getByLabel('Nein, ohne Kontakt').check();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Prüfen Sie Ihre Angaben');
  await expect(page.locator('.summary')).toContainText(title);
  await expect(page.locator('.summary')).toContainText('Kein Kontakt');
  await expectNoAxeViolations(page, 'ideas: check');
  await page.getByRole('button', { name: 'Idee einreichen' }).click();

  await expectHeading(page, 'Danke für Ihre Idee!');
  await expectNoAxeViolations(page, 'ideas: done');
  await page.getByRole('link', { name: 'Zum Ideenspeicher' }).click();

  // In the list, with its state in words; the filter by field of action shows it or not.
  await expectHeading(page, 'Ideenspeicher');
  const card = ideaCard(page, title);
  await expect(card).toContainText('Eingereicht');
  await expect(card).toContainText('Noch niemand unterstützt diese Idee.');
  await page.getByRole('button', { name: 'Norderstedt erleben', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Norderstedt erleben', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(card).toHaveCount(0);
  await page.getByRole('button', { name: 'In Norderstedt leben', exact: true }).click();
  await expect(card).toHaveCount(1);
  await expectNoAxeViolations(page, 'ideas: list, filtered');

  // Support with a demo booking code.
  // The button names the idea too (read after a pause, hence no exact name here).
  await expect(card.getByRole('button', { name: 'Diese Idee unterstützen' })).toHaveAccessibleName(/Diese Idee unterstützen\s*: Leihfahrräder/);
  await card.getByRole('button', { name: 'Diese Idee unterstützen' }).click();
  await expectHeading(page, 'Idee unterstützen');
  await expectNoAxeViolations(page, 'ideas: support');
  await page.getByLabel('Ihr Buchungscode').fill('NOT-A-CODE-AT-ALL');
  await page.getByRole('button', { name: 'Idee unterstützen' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'ideas: support, with an error');
  await page.getByLabel('Ihr Buchungscode').fill(PAST.keyboard);
  await page.getByRole('button', { name: 'Idee unterstützen' }).click();
  await expectHeading(page, 'Ideenspeicher');
  await expect(page.getByRole('status').filter({ hasText: 'Danke! Sie unterstützen jetzt die Idee' })).toBeVisible();
  await expect(ideaCard(page, title)).toContainText('Sie unterstützen diese Idee.');
  await expect(ideaCard(page, title)).toContainText('1 Person unterstützt diese Idee.');

  // A second try with the same code (another tab, which does not know the code): already supported.
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await expectHeading(page, 'Ideenspeicher');
  await support(page, title, PAST.keyboard);
  await expect(page.getByRole('status').filter({ hasText: 'Sie unterstützen diese Idee schon.' })).toBeVisible();
  await expect(ideaCard(page, title)).toContainText('Sie unterstützen diese Idee.');
  await expect(ideaCard(page, title)).toContainText('1 Person unterstützt diese Idee.');
  await expectNoAxeViolations(page, 'ideas: list, already supported');

  // The office's working group: into assessment, then chosen as a pilot with a reason.
  await logIn(page, OFFICE, 'Übersicht');
  // Logged in, staff support an idea with one tap: no booking code asked, once per account.
  await page.goto('/staff/ideas');
  await expectHeading(page, 'Ideenspeicher');
  await ideaCard(page, title).getByRole('button', { name: 'Diese Idee unterstützen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Danke! Sie unterstützen jetzt die Idee' })).toBeVisible();
  await expect(ideaCard(page, title)).toContainText('2 Personen unterstützen diese Idee.');
  await expect(ideaCard(page, title)).toContainText('Sie unterstützen diese Idee.');
  await page.goto('/staff/office');
  await expectHeading(page, 'Übersicht');
  await page.getByRole('link', { name: 'Ideen: Arbeitsgruppe' }).click();
  await expectHeading(page, 'Ideen: Arbeitsgruppe');
  await expectNoAxeViolations(page, 'ideas: working group');
  const entry = page.locator('li.entry').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
  await entry.getByRole('button', { name: /^In die Prüfung nehmen/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `ist jetzt in Prüfung` })).toBeVisible();
  await entry.getByRole('link', { name: /^Entscheiden/ }).click();

  await expectHeading(page, 'Wie entscheidet die Arbeitsgruppe?');
  await page.getByRole('button', { name: 'Entscheidung speichern' }).click();
  await expectErrorSummary(page);
  await expect(page.getByRole('alert')).toContainText('Bitte wählen Sie etwas aus.');
  await expect(page.getByRole('alert')).toContainText('Bitte füllen Sie dieses Feld aus.');
  await expectNoAxeViolations(page, 'ideas: decide, with errors');
  await expect(page.getByLabel('Im Ideenspeicher für später aufheben')).toBeVisible();
  // Merging asks which idea to join.
  await page.getByLabel('Mit einer anderen Idee zusammenlegen').check();
  await expect(page.getByLabel('Mit welcher Idee?')).toBeVisible();
  await expectNoAxeViolations(page, 'ideas: decide, merge');
  await page.getByLabel('Als Pilotprojekt auswählen').check();
  await page.getByLabel('Begründung').fill('Viele wünschen sich das. Wir probieren es ein Jahr lang aus.');
  await page.getByRole('button', { name: 'Entscheidung speichern' }).click();

  await expectHeading(page, 'Ideen: Arbeitsgruppe');
  await expect(page.getByRole('status').filter({ hasText: 'ist gespeichert' })).toBeVisible();
  await expect(page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: /Pilotprojekt/ }) }))
    .toContainText(title);

  // Everyone reads the decision and its reason.
  await page.goto('/staff/ideas');
  await expect(ideaCard(page, title)).toContainText('Pilotprojekt');
  await expect(ideaCard(page, title)).toContainText('Wir probieren es ein Jahr lang aus.');
});

test('the office calls a resident from the call list, records "reached" and the card leaves the list', async ({ page, request }) => {
  // Set-up through the API: a new session, a resident who gave only a phone number, and a new
  // time for the session, which puts the resident on the call list.
  const login = await request.post('/api/v1/staff/login', { data: { email: OFFICE, password: DEMO_PASSWORD } });
  expect(login.ok()).toBeTruthy();
  const csrf = { 'x-csrf-token': (await login.json()).csrf_token };
  const day = (n, hour) => {
    const d = new Date(Date.now() + n * 86400000);
    return `${d.toISOString().slice(0, 10)}T${hour}:00:00+01:00`;
  };
  const planned = await request.post('/api/v1/office/sessions', {
    headers: csrf,
    data: {
      // A title of its own: other specs find the demo's courses by their titles.
      title: `Anrufliste üben ${Date.now() % 100000}`, topic: 'video-calls', venue: 'Stadtbücherei Norderstedt',
      district: 'Garstedt', starts_at: day(20, '10'), ends_at: day(20, '12'), capacity: 8,
    },
  });
  expect(planned.status()).toBe(201);
  const session = await planned.json();
  const name = `Ayşe Demir ${Date.now() % 100000}`;
  const registered = await request.post(`/api/v1/sessions/${session.id}/registrations`, {
    headers: { 'accept-language': 'tr' },
    data: { name, contact: { kind: 'phone', value: '040 5550123' }, contact_consent: true },
  });
  expect(registered.status()).toBe(201);
  const moved = await request.post(`/api/v1/office/sessions/${session.id}/reschedule`, {
    headers: csrf, data: { starts_at: day(21, '14'), ends_at: day(21, '16') },
  });
  expect(moved.ok()).toBeTruthy();
  await expect.poll(async () => {
    const calls = await (await request.get('/api/v1/calls')).json();
    return calls.some((c) => c.name === name);
  }, { message: 'the resident is on the call list' }).toBe(true);
  await request.post('/api/v1/staff/logout', { headers: csrf });

  await logIn(page, OFFICE, 'Übersicht');
  await page.getByRole('link', { name: 'Anrufliste' }).first().click();
  await expectHeading(page, 'Anrufliste');
  const card = page.locator('li.call-card').filter({ has: page.getByRole('heading', { level: 2, name }) });
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: /040 5550123/ })).toHaveAttribute('href', 'tel:0405550123');
  await expect(card).toContainText('Der Kurs hat eine neue Zeit');
  // What to say, in the resident's language.
  await expect(card.locator('blockquote')).toHaveAttribute('lang', 'tr');
  await expectNoAxeViolations(page, 'calls: list');

  await card.getByRole('button', { name: /^Nicht erreicht/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `Eingetragen: ${name} nicht erreicht.` })).toBeVisible();
  await expect(card).toContainText('1 Anruf ohne Erfolg');

  await card.getByRole('button', { name: /^Erreicht/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `Eingetragen: ${name} erreicht.` })).toBeVisible();
  await expect(card).toHaveCount(0);
  await expectNoAxeViolations(page, 'calls: after a call');
});

test('an ambassador types in an idea card from the dashboard: the source is recorded, and the call list opens for ambassadors too', async ({ page }) => {
  const title = `Schließfächer im Stadtpark für Rollatoren ${Date.now() % 100000}`;
  await logIn(page, 'ambassador@teilhabe.example', /^Hallo, /);
  await page.getByRole('link', { name: 'Ideen von Ideenkarten eingeben' }).click();
  await expectHeading(page, 'Was ist Ihre Idee?');
  await expect(page.getByText('Eine Idee von einer Ideenkarte eingeben')).toBeVisible();
  await page.getByLabel('Die Idee', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Für wen', { exact: true }).fill('Für alle, die einen Rollator brauchen');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Wo in der Stadt', { exact: true }).fill('Stadtpark Norderstedt');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Norderstedt erleben').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Ja, per E-Mail').check();
  await page.getByLabel('E-Mail-Adresse').fill('karte@example.org');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expectHeading(page, 'Prüfen Sie Ihre Angaben');
  await expect(page.getByText('eingereicht bei einer Botschafterin oder einem Botschafter')).toBeVisible();
  await expectNoAxeViolations(page, 'ideas: check, from paper');
  await page.getByRole('button', { name: 'Idee einreichen' }).click();
  await expectHeading(page, 'Danke für Ihre Idee!');
  // The next card starts a fresh form, still from paper.
  await page.getByRole('link', { name: 'Noch eine Idee eingeben' }).click();
  await expectHeading(page, 'Was ist Ihre Idee?');
  await expect(page.getByLabel('Die Idee', { exact: true })).toHaveValue('');
  await expect(page.getByText('Eine Idee von einer Ideenkarte eingeben')).toBeVisible();

  await page.goto('/staff/ideas');
  const card = ideaCard(page, title);
  await expect(card).toContainText('bei einer Botschafterin oder einem Botschafter');
  // The contact is never shown publicly.
  await expect(page.getByText('karte@example.org')).toHaveCount(0);

  await page.getByRole('link', { name: 'Anrufliste' }).first().click();
  await expectHeading(page, 'Anrufliste');
  await expectNoAxeViolations(page, 'calls: ambassador');
});

test('the ideas store and its first question speak every language, Arabic right to left, without axe violations', async ({ page }) => {
  // 24 axe runs, 8 of them on the list with the demo's 14 ideas (about 4 s each on a busy
  // machine, 1.5 s on a form page): more than the default minute.
  test.setTimeout(150_000);
  const title = {
    Deutsch: 'Ideenspeicher', 'Leichte Sprache': 'Ideen·speicher', English: 'Ideas store', Türkçe: 'Fikir deposu',
    العربية: 'مخزن الأفكار', Русский: 'Банк идей', Українська: 'Банк ідей', Polski: 'Bank pomysłów',
  };
  const question = {
    Deutsch: 'Was ist Ihre Idee?', 'Leichte Sprache': 'Was ist Ihre Idee?', English: 'What is your idea?',
    Türkçe: 'Fikriniz nedir?', العربية: 'ما هي فكرتك؟', Русский: 'В чём ваша идея?', Українська: 'У чому ваша ідея?',
    Polski: 'Jaki jest pomysł?',
  };
  for (const [language, heading] of Object.entries(title)) {
    await page.goto('/staff/ideas');
    await chooseLanguage(page, language);
    await expectHeading(page, heading);
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'العربية' ? 'rtl' : 'ltr');
    await expect(page.locator('.loading')).toHaveCount(0);
    await expectNoAxeViolations(page, `ideas list in ${language}`);
    await page.goto('/staff/ideas/new/what');
    await expectHeading(page, question[language]);
    await expectNoAxeViolations(page, `idea question in ${language}`);
    await page.goto('/staff/ideas/new/field');
    await expect(page.locator('input[type="radio"]')).toHaveCount(4);
    await expectNoAxeViolations(page, `idea fields of action in ${language}`);
  }
  await page.goto('/staff/ideas');
  await chooseLanguage(page, 'Deutsch');
});
