// The staff app under /staff/: someone applies, the office approves, the new ambassador sets a
// password, logs outreach and registers a resident, whose booking is then found by its code.
// Plus every other office and ambassador page, each checked with axe.
const { test, expect } = require('@playwright/test');
const {
  expectNoAxeViolations, expectHeading, tabTo, chooseLanguage, DEMO_PASSWORD, OFFICE, AMBASSADOR,
  logIn,
} = require('./helpers');

async function logOut(page) {
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expectHeading(page, 'Anmelden');
}

/** Fails unless the page says it has errors: focused summary, "Fehler: " in the title. */
async function expectErrorSummary(page) {
  const summary = page.getByRole('alert').filter({ hasText: 'Es gibt ein Problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fehler: /);
}

/** A session that has room, from the residents' API. */
async function openSession(request) {
  const sessions = await (await request.get('/api/v1/sessions')).json();
  const session = sessions.find((s) => s.seats_left > 2);
  expect(session, 'a demo session with seats left').toBeTruthy();
  return session;
}

test('someone applies, the office approves, the ambassador logs outreach and registers a resident whose booking is found by its code', async ({ page }) => {
  const name = `Mara Yilmaz ${Date.now() % 100000}`;
  const email = `mara.${Date.now()}@example.org`;
  const password = 'Gemeinsam digital 2026';

  // The public application, one question per page.
  await page.goto('/staff/apply');
  await expectHeading(page, 'Zukunftsbotschafter*in werden');
  await expectNoAxeViolations(page, 'apply: start');
  await page.getByRole('link', { name: 'Bewerbung beginnen' }).click();

  await expectHeading(page, 'Wie heißen Sie?');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('Wie heißen Sie? – Teilhabe Norderstedt – Team');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'apply: name with an error');
  await page.getByLabel('Vorname und Nachname').fill(name);
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Wie erreichen wir Sie?');
  await expectNoAxeViolations(page, 'apply: contact');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'In welchen Stadtteilen möchten Sie helfen?');
  await expectNoAxeViolations(page, 'apply: districts');
  await page.getByLabel('Garstedt').check();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Welche Sprachen sprechen Sie?');
  await expectNoAxeViolations(page, 'apply: languages');
  await page.getByLabel('Deutsch').check();
  await page.getByLabel('Türkisch').check();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Wobei können Sie helfen?');
  await expectNoAxeViolations(page, 'apply: help');
  await page.getByLabel('Smartphone und Tablet').check();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Wann haben Sie Zeit?');
  await expectNoAxeViolations(page, 'apply: availability');
  await page.getByLabel('Ihre Zeit in eigenen Worten').fill('Dienstags am Nachmittag');
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Warum möchten Sie mitmachen?');
  await expectNoAxeViolations(page, 'apply: motivation');
  await page.getByLabel('In Ihren eigenen Worten').fill('Ich erkläre gern, wie Videoanrufe gehen.');
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Unsere Grundsätze der Zusammenarbeit');
  await expect(page.getByText(/Gemeinwohl/)).toBeVisible();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'apply: principles, not accepted');
  await page.getByLabel('Ich habe die Grundsätze gelesen und halte mich an sie.').check();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expectHeading(page, 'Prüfen Sie Ihre Angaben');
  await expect(page.getByText(name)).toBeVisible();
  await expectNoAxeViolations(page, 'apply: check answers');
  await page.getByRole('button', { name: 'Bewerbung absenden' }).click();
  await expectHeading(page, 'Ihre Bewerbung ist angekommen');
  await expectNoAxeViolations(page, 'apply: done');

  // The office approves and is shown the set-password link.
  await logIn(page, OFFICE, 'Übersicht');
  await page.getByRole('navigation', { name: 'Bereich' }).getByRole('link', { name: 'Bewerbungen' }).click();
  await expectHeading(page, 'Bewerbungen');
  await page.getByRole('button', { name: `${name} annehmen` }).click();
  await expectHeading(page, `${name} ist angenommen`);
  await expectNoAxeViolations(page, 'office: approved');
  const link = (await page.locator('#set-password-link').textContent()).trim();
  expect(link).toContain('/staff/password?token=');
  await logOut(page);

  // The new ambassador opens the link and sets a password, then logs in.
  await page.goto(link);
  await expectHeading(page, 'Passwort festlegen');
  await expectNoAxeViolations(page, 'set password');
  await page.getByLabel('Neues Passwort').fill('zu kurz');
  await page.getByLabel('Passwort noch einmal').fill('zu kurz');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'set password with an error');
  await page.getByLabel('Neues Passwort').fill(password);
  await page.getByLabel('Passwort noch einmal').fill(password);
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expectHeading(page, 'Anmelden');
  await expect(page.getByRole('status').filter({ hasText: 'Ihr Passwort ist gespeichert.' })).toBeVisible();

  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  const first = page.getByRole('heading', { level: 1 });
  await expect(first).toHaveText(new RegExp(`^(Hallo, ${name}|Neue Grundsätze der Zusammenarbeit)$`));
  if ((await first.textContent()) !== `Hallo, ${name}`) {
    await page.getByLabel('Ich habe die Grundsätze gelesen und halte mich an sie.').check();
    await page.getByRole('button', { name: 'Zustimmen und weiter' }).click();
  }
  await expectHeading(page, `Hallo, ${name}`);
  await expectNoAxeViolations(page, 'ambassador: dashboard');

  // Outreach, in one form: the date is today and the district the ambassador's own.
  await page.getByRole('main').getByRole('link', { name: 'Einsatz eintragen' }).click();
  await expectHeading(page, 'Einsatz eintragen');
  await expect(page.getByLabel('Garstedt')).toBeChecked();
  await expectNoAxeViolations(page, 'ambassador: log outreach');
  await page.getByLabel('Ort (freiwillig)').fill('Seniorentreff Garstedt');
  await page.getByLabel('Wie viele Menschen haben Sie erreicht?').fill('6');
  await page.getByLabel('Wie viele Minuten hat es gedauert?').fill('45');
  await page.getByRole('button', { name: 'Eintrag speichern' }).click();
  await expectHeading(page, `Hallo, ${name}`);
  await expect(page.getByRole('status').filter({ hasText: 'Ihr Eintrag ist gespeichert.' })).toBeVisible();
  await expect(page.getByText('6 Personen, 45 Minuten')).toBeVisible();

  // A resident registered with their spoken consent; the code shown large.
  await page.getByRole('main').getByRole('link', { name: 'Person anmelden' }).click();
  await expectHeading(page, 'Eine Person für einen Kurs anmelden');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'ambassador: register a resident, with errors');
  await page.getByRole('group', { name: 'Für welchen Kurs?' }).getByRole('radio').first().check();
  await page.getByLabel('Name der Person').fill('Erika Beispiel');
  await page.getByLabel('Gar nicht').check();
  await page.getByLabel('Leihgerät').check();
  await page.getByLabel('Die Person hat mündlich zugestimmt').check();
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Die Person (ist angemeldet|steht auf der Warteliste)$/);
  await expect(page.getByRole('button', { name: 'Seite drucken' })).toBeVisible();
  await expectNoAxeViolations(page, 'ambassador: booking code');
  const code = (await page.locator('.booking-code [aria-hidden="true"]').textContent()).trim();
  expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);

  // The resident finds the booking with the code on the residents' "my booking" page.
  await page.goto('/booking');
  await page.getByLabel('Ihr Buchungscode').fill(code);
  await page.getByRole('button', { name: 'Buchung anzeigen' }).click();
  await expect(page.getByText('Erika Beispiel')).toBeVisible();
});

test('the office plans a session, registers a caller, changes the session and cancels it', async ({ page }) => {
  await logIn(page, OFFICE, 'Übersicht');
  await expect(page.getByRole('table', { name: 'Wie voll sind die Kurse?' })).toBeVisible();
  await expectNoAxeViolations(page, 'office: overview');

  await page.getByRole('navigation', { name: 'Bereich' }).getByRole('link', { name: 'Kurse' }).click();
  await expectHeading(page, 'Kurse');
  await expectNoAxeViolations(page, 'office: sessions');

  await page.getByRole('link', { name: 'Kurs planen' }).click();
  await expectHeading(page, 'Kurs planen');
  await page.getByRole('button', { name: 'Kurs planen' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'office: plan a session, with errors');
  const title = `Sprechstunde Smartphone ${Date.now() % 100000}`;
  await page.getByLabel('Titel des Kurses').fill(title);
  await page.getByLabel('Smartphone: die ersten Schritte').check();
  await page.getByLabel('Ort', { exact: true }).fill('Stadtbücherei Norderstedt');
  await page.getByLabel('Harksheide').check();
  const day = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
  await page.getByLabel('Datum').fill(day);
  await page.getByLabel('Beginn').fill('14:00');
  await page.getByLabel('Ende').fill('16:00');
  await page.getByLabel('Anzahl der Plätze').fill('3');
  await page.getByRole('button', { name: 'Kurs planen' }).click();
  await expectHeading(page, title);
  await expect(page.getByRole('status').filter({ hasText: 'ist geplant' })).toBeVisible();
  await expectNoAxeViolations(page, 'office: roster, empty');

  // A caller registered by phone.
  await page.getByRole('link', { name: 'Anmeldung am Telefon' }).click();
  await expectHeading(page, 'Anmeldung am Telefon');
  await expectNoAxeViolations(page, 'office: phone registration');
  await page.getByLabel('Name der Person').fill('Hans Anrufer');
  await page.getByLabel('Per Telefon').check();
  await page.getByLabel('Telefonnummer der Person').fill('040 5353 123');
  await page.getByLabel('Höranlage (Induktionsschleife)').check();
  await page.getByLabel('Die Person hat am Telefon zugestimmt').check();
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expectHeading(page, 'Die Person ist angemeldet');
  await expectNoAxeViolations(page, 'office: phone registration done');
  const callerCode = (await page.locator('main').innerText())
    .match(/\b[ACDEFGHJKMNPRTWXY34679]{3}-[ACDEFGHJKMNPRTWXY34679]{3}\b/)[0];
  await page.getByRole('link', { name: 'Zurück zum Kurs' }).click();

  // The roster with needs; attendance is taken from an hour before the start.
  await expectHeading(page, title);
  await expect(page.getByText('Braucht: Höranlage (Induktionsschleife)')).toBeVisible();
  await expect(page.getByText('Die Anwesenheit können Sie ab einer Stunde vor Beginn eintragen.')).toBeVisible();
  await expectNoAxeViolations(page, 'office: roster');

  await page.getByRole('link', { name: 'Anzahl der Plätze ändern' }).click();
  await expectHeading(page, 'Anzahl der Plätze ändern');
  await expectNoAxeViolations(page, 'office: capacity');
  await page.getByLabel('Anzahl der Plätze').fill('8');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expectHeading(page, title);
  await expect(page.getByText('1 von 8 Plätzen belegt')).toBeVisible();

  await page.getByRole('link', { name: 'Datum oder Uhrzeit ändern' }).click();
  await expectHeading(page, 'Datum oder Uhrzeit ändern');
  await expectNoAxeViolations(page, 'office: reschedule');
  await page.getByLabel('Ende').fill('13:00');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expectErrorSummary(page);
  await page.getByLabel('Ende').fill('17:00');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expectHeading(page, title);
  await expect(page.getByText(/14:00 bis 17:00 Uhr/)).toBeVisible();

  await page.getByRole('link', { name: 'Kurs absagen' }).click();
  await expectHeading(page, 'Kurs absagen');
  await expectNoAxeViolations(page, 'office: cancel a session');
  await page.getByLabel('Grund der Absage').fill('Die Kursleiterin ist krank.');
  await page.getByRole('button', { name: 'Kurs absagen' }).click();
  await expectHeading(page, title);
  await expect(page.getByText('Dieser Kurs ist abgesagt.')).toBeVisible();

  // The caller's booking says so too, and offers nothing to cancel.
  await page.goto(`/booking/${callerCode}`);
  await expectHeading(page, 'Meine Buchung');
  await expect(page.getByText('Dieser Kurs ist abgesagt.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Platz absagen' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'residents: booking of a cancelled course');
});

test('the office marks attendance on large buttons after a session and reads its feedback', async ({ page }) => {
  await logIn(page, OFFICE, 'Übersicht');
  const sessions = await (await page.request.get('/api/v1/office/sessions')).json();
  const past = sessions.find((f) => f.session.id.startsWith('demo-past-'));
  expect(past, 'the demo session of last week').toBeTruthy();
  await page.goto(`/staff/office/sessions/${past.session.id}`);
  await expectHeading(page, past.session.title);
  await expect(page.getByRole('heading', { name: 'Rückmeldungen' })).toBeVisible();

  const erika = page.getByRole('group', { name: 'Erika Muster' });
  const came = erika.getByRole('button', { name: 'Gekommen', exact: true });
  const box = await came.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
  await came.click();
  await expect(came).toHaveAttribute('aria-pressed', 'true');
  const hans = page.getByRole('group', { name: 'Hans Peters' }).getByRole('button', { name: 'Nicht gekommen' });
  await hans.click();
  await expect(hans).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page, 'office: attendance list');
});

test('the office declines an application with a reason and opens an auditor account', async ({ page, request }) => {
  const name = `Paul Absage ${Date.now() % 100000}`;
  const principles = await (await request.get('/api/v1/principles')).json();
  const applied = await request.post('/api/v1/ambassadors/applications', {
    data: {
      name, email: `paul.${Date.now()}@example.org`, districts: ['Glashütte'], languages: ['de'],
      help_with: ['accompanying'], availability: 'Samstags', motivation: 'Ich helfe gern.',
      principles_version: principles.version, accept_principles: true,
    },
  });
  expect(applied.status()).toBe(201);

  await logIn(page, OFFICE, 'Übersicht');
  await page.getByRole('navigation', { name: 'Bereich' }).getByRole('link', { name: 'Bewerbungen' }).click();
  await expectHeading(page, 'Bewerbungen');
  await expectNoAxeViolations(page, 'office: applications');
  await page.getByRole('link', { name: `${name} absagen` }).click();
  await expectHeading(page, 'Bewerbung absagen');
  await page.getByRole('button', { name: 'Absage senden' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'office: decline, without a reason');
  await page.getByLabel('Grund der Absage').fill('Im Moment haben wir in Glashütte genug Botschafter*innen.');
  await page.getByRole('button', { name: 'Absage senden' }).click();
  await expectHeading(page, 'Bewerbungen');
  await expect(page.getByRole('status').filter({ hasText: `Die Bewerbung von ${name} ist abgesagt.` })).toBeVisible();

  await page.getByRole('navigation', { name: 'Bereich' }).getByRole('link', { name: 'Zugang anlegen' }).click();
  await expectHeading(page, 'Zugang anlegen');
  await expectNoAxeViolations(page, 'office: new account');
  await page.getByLabel('Name').fill('Petra Prüferin');
  await page.getByLabel('E-Mail-Adresse').fill(`petra.${Date.now()}@example.org`);
  await page.getByLabel('Prüfung').check();
  await page.getByRole('button', { name: 'Zugang anlegen' }).click();
  await expectHeading(page, 'Der Zugang für Petra Prüferin ist angelegt');
  await expect(page.locator('#set-password-link')).toContainText('/staff/password?token=');
  await expectNoAxeViolations(page, 'office: account created');
});

test('the demo ambassador changes and withdraws an entry, records a workshop, pauses and comes back', async ({ page }) => {
  await logIn(page, AMBASSADOR, /^Hallo, /);

  await page.getByRole('main').getByRole('link', { name: 'Einsatz eintragen' }).click();
  await expectHeading(page, 'Einsatz eintragen');
  await page.getByLabel('Wie viele Menschen haben Sie erreicht?').fill('null');
  await page.getByRole('button', { name: 'Eintrag speichern' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'ambassador: outreach with errors');
  await page.getByLabel('Wie viele Menschen haben Sie erreicht?').fill('3');
  await page.getByLabel('Wie viele Minuten hat es gedauert?').fill('20');
  await page.getByLabel('Notiz (freiwillig)').fill('Zum Wiederfinden: Eintrag 77');
  await page.getByRole('button', { name: 'Eintrag speichern' }).click();
  await expectHeading(page, /^Hallo, /);

  const entry = page.locator('li', { hasText: 'Zum Wiederfinden: Eintrag 77' });
  await entry.getByRole('link', { name: /Eintrag ändern oder zurückziehen/ }).click();
  await expectHeading(page, 'Eintrag ändern');
  await expect(page.getByLabel('Wie viele Menschen haben Sie erreicht?')).toHaveValue('3');
  await expectNoAxeViolations(page, 'ambassador: change an entry');
  await page.getByLabel('Wie viele Menschen haben Sie erreicht?').fill('4');
  await page.getByRole('button', { name: 'Eintrag speichern' }).click();
  await expectHeading(page, /^Hallo, /);
  await expect(entry.getByText('4 Personen, 20 Minuten')).toBeVisible();

  await entry.getByRole('link', { name: /Eintrag ändern oder zurückziehen/ }).click();
  await page.getByRole('button', { name: 'Eintrag zurückziehen' }).click();
  await expectHeading(page, /^Hallo, /);
  await expect(page.getByRole('status').filter({ hasText: 'Der Eintrag ist zurückgezogen.' })).toBeVisible();
  await expect(entry.getByText('zurückgezogen')).toBeVisible();

  await page.getByRole('link', { name: 'Teilnahme an einem Workshop eintragen' }).click();
  await expectHeading(page, 'Teilnahme an einem Workshop eintragen');
  await expectNoAxeViolations(page, 'ambassador: workshop');
  await page.getByLabel('Name des Workshops').fill('Ideenwerkstatt in der Stadtbücherei');
  await page.getByRole('button', { name: 'Teilnahme eintragen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Workshop ist eingetragen' })).toBeVisible();

  await page.getByRole('link', { name: 'Pause oder Ende' }).click();
  await expectHeading(page, 'Pause machen oder aufhören');
  await expectNoAxeViolations(page, 'ambassador: pause or retire');
  await page.getByLabel('Pause machen').check();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ihre Pause hat begonnen.' })).toBeVisible();
  await expect(page.getByText(/Sie machen gerade eine Pause/)).toBeVisible();
  await expectNoAxeViolations(page, 'ambassador: dashboard while paused');
  await page.getByRole('link', { name: 'Pause oder Ende' }).click();
  await page.getByLabel('Wieder mitmachen').check();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Schön, dass Sie wieder dabei sind.' })).toBeVisible();
});

test('new principles are shown at the next login and accepted before anything else', async ({ page, request }) => {
  // The office publishes a new version (through the API, with its CSRF token).
  const login = await request.post('/api/v1/staff/login', { data: { email: OFFICE, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const { csrf_token: csrf } = await login.json();
  const current = await (await request.get('/api/v1/principles')).json();
  const published = await request.post('/api/v1/office/principles', {
    headers: { 'X-CSRF-Token': csrf },
    data: { text: `${current.text}\nWir schützen die Daten der Menschen, denen wir helfen.` },
  });
  expect(published.ok(), await published.text()).toBeTruthy();

  await logIn(page, AMBASSADOR, 'Neue Grundsätze der Zusammenarbeit');
  await expect(page.getByText('Wir schützen die Daten der Menschen, denen wir helfen.')).toBeVisible();
  // Nothing else opens until they are accepted.
  await page.goto('/staff/ambassador/outreach/new');
  await expectHeading(page, 'Neue Grundsätze der Zusammenarbeit');
  await page.getByRole('button', { name: 'Zustimmen und weiter' }).click();
  await expectErrorSummary(page);
  await expectNoAxeViolations(page, 'ambassador: new principles');
  await page.getByLabel('Ich habe die Grundsätze gelesen und halte mich an sie.').check();
  await page.getByRole('button', { name: 'Zustimmen und weiter' }).click();
  await expectHeading(page, /^Hallo, /);
});

test('the staff area asks for a login, refuses a wrong password and keeps roles apart', async ({ page, request }) => {
  await page.goto('/staff/office/sessions');
  await expectHeading(page, 'Anmelden');
  await expectNoAxeViolations(page, 'login');
  await page.getByLabel('E-Mail-Adresse').fill(OFFICE);
  await page.getByLabel('Passwort').fill('falsch-falsch');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expectErrorSummary(page);
  await expect(page.getByText('E-Mail-Adresse oder Passwort stimmen nicht.')).toBeVisible();
  await expectNoAxeViolations(page, 'login with an error');

  // After logging in, the page first asked for.
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expectHeading(page, 'Kurse');
  await logOut(page);

  await logIn(page, AMBASSADOR, /^Hallo, /);
  await page.goto('/staff/office');
  await expectHeading(page, 'Kein Zugriff');
  await expectNoAxeViolations(page, 'wrong role');

  await page.goto('/staff/nothing-here');
  await expectHeading(page, 'Diese Seite gibt es nicht');
  await expectNoAxeViolations(page, 'staff: not found');
  expect((await request.get('/api/v1/office/overview')).status()).toBe(401);
});

test('an ambassador logs in and logs outreach with the keyboard alone, every stop showing its focus', async ({ page }) => {
  await page.goto('/staff/login');
  await expectHeading(page, 'Anmelden');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();
  await tabTo(page, page.getByLabel('E-Mail-Adresse'));
  await page.keyboard.type(AMBASSADOR);
  await tabTo(page, page.getByLabel('Passwort'));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expectHeading(page, /^Hallo, /);

  await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Einsatz eintragen' }));
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Einsatz eintragen');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, page.getByLabel('Wie viele Menschen haben Sie erreicht?'));
  await page.keyboard.type('2');
  await tabTo(page, page.getByLabel('Wie viele Minuten hat es gedauert?'));
  await page.keyboard.type('15');
  await tabTo(page, page.getByRole('button', { name: 'Eintrag speichern' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Ihr Eintrag ist gespeichert.' })).toBeVisible();
});

test('the staff pages speak every language, Arabic right to left, without axe violations', async ({ page }) => {
  const login = {
    Deutsch: 'Anmelden', 'Leichte Sprache': 'Anmelden', English: 'Log in', Türkçe: 'Giriş yap',
    العربية: 'تسجيل الدخول', Русский: 'Вход', Українська: 'Вхід', Polski: 'Logowanie',
  };
  const apply = {
    Deutsch: 'Zukunftsbotschafter*in werden', 'Leichte Sprache': 'Zukunfts·botschafter oder Zukunfts·botschafterin werden',
    English: 'Become a digital ambassador', Türkçe: 'Dijital elçi olun', العربية: 'الانضمام إلى فريق السفراء الرقميين',
    Русский: 'Стать цифровым послом', Українська: 'Стати цифровим послом', Polski: 'Zostań cyfrowym ambasadorem',
  };
  for (const [language, heading] of Object.entries(login)) {
    await page.goto('/staff/login');
    await chooseLanguage(page, language);
    await expectHeading(page, heading);
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'العربية' ? 'rtl' : 'ltr');
    await expectNoAxeViolations(page, `login in ${language}`);
    // The choice is remembered: the application opens in the same language.
    await page.goto('/staff/apply');
    await expectHeading(page, apply[language]);
    await expectNoAxeViolations(page, `application in ${language}`);
  }
});

test('no staff page scrolls sideways on a 320 px screen, even at 200 % text', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const expectNoSidewaysScroll = async (path) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.loading')).toHaveCount(0);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, `${path} is no wider than the screen`).toBeLessThanOrEqual(client);
  };
  for (const size of ['0', '2']) {
    await page.goto('/staff/login');
    await page.evaluate((s) => localStorage.setItem('teilhabe.settings', `${s}00`), size);
    for (const path of ['/staff/login', '/staff/apply', '/staff/apply/principles']) await expectNoSidewaysScroll(path);
    await logIn(page, OFFICE, 'Übersicht');
    for (const path of ['/staff/office', '/staff/office/applications', '/staff/office/sessions', '/staff/office/sessions/new', '/staff/office/accounts/new', '/staff/office/demand']) {
      await expectNoSidewaysScroll(path);
    }
    await logOut(page);
    await logIn(page, AMBASSADOR, /^Hallo, /);
    for (const path of ['/staff/ambassador', '/staff/ambassador/outreach/new', '/staff/ambassador/register', '/staff/ambassador/status']) {
      await expectNoSidewaysScroll(path);
    }
    await logOut(page);
  }
});
