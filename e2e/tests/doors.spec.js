// Beyond the screen: checking in at the door by booking code, walk-ins counted once, the paper
// sign-in sheet typed in with a duplicate proposal confirmed, a drop-in session, the booking
// code as a QR code and leaving the waitlist. Every new page checked with axe; the check-in
// page in all eight languages.
const { test, expect } = require('@playwright/test');
const {
  expectNoAxeViolations, expectHeading, chooseLanguage, registerByApi, smallTargets, DEMO_PASSWORD,
  OFFICE, AMBASSADOR, logIn,
} = require('./helpers');

/** Sessions planned by these tests: called off after each test, so the other specs, which pick
 * demo sessions with free seats, never pick one that has begun. */
const planned = [];

test.afterEach(async ({ playwright, baseURL }) => {
  const office = await playwright.request.newContext({ baseURL });
  const login = await office.post('/api/v1/staff/login', { data: { email: OFFICE, password: DEMO_PASSWORD } });
  const { csrf_token: csrf } = await login.json();
  for (const id of planned.splice(0)) {
    const cancelled = await office.post(`/api/v1/office/sessions/${id}/cancel`, {
      headers: { 'x-csrf-token': csrf }, data: { reason: 'Nur ein Test' },
    });
    expect(cancelled.ok(), `session ${id} called off`).toBeTruthy();
  }
  await office.dispose();
});

/** Plans, as the office logged in on `page`, a session starting in two minutes: its door is open. */
async function planSoon(page, title, dropIn = false) {
  const me = await (await page.request.get('/api/v1/staff/me')).json();
  const starts = new Date(Date.now() + 2 * 60_000);
  const ends = new Date(starts.getTime() + 2 * 3_600_000);
  const response = await page.request.post('/api/v1/office/sessions', {
    headers: { 'x-csrf-token': me.csrf_token },
    data: {
      title, topic: 'smartphone-basics', venue: 'Stadtbücherei Norderstedt', district: 'Garstedt',
      starts_at: starts.toISOString(), ends_at: ends.toISOString(), capacity: dropIn ? 0 : 10, drop_in: dropIn,
    },
  });
  expect(response.status()).toBe(201);
  const session = await response.json();
  planned.push(session.id);
  return session;
}

test('an ambassador checks a resident in by code once and counts a walk-in once', async ({ page, request }) => {
  await logIn(page, OFFICE, 'Übersicht');
  const session = await planSoon(page, 'Handy-Treff an der Tür');
  const erika = await registerByApi(request, session.id, 'Erika Müller');
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await logIn(page, AMBASSADOR, /^Hallo, /);

  await page.getByRole('link', { name: 'An der Tür', exact: true }).click();
  await expectHeading(page, 'An der Tür');
  await expectNoAxeViolations(page, 'door: choose a session');
  await page.getByRole('link', { name: /Handy-Treff an der Tür/ }).click();
  await expectHeading(page, 'Einchecken: Handy-Treff an der Tür');
  await expect(page.getByText('Noch niemand ist da')).toBeVisible();
  await expectNoAxeViolations(page, 'door: check-in');

  // Typed as people type: lower case, no dash.
  const code = page.getByLabel('Buchungscode');
  await code.fill(erika.booking_code.replace('-', '').toLowerCase());
  await code.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Erika Müller ist eingecheckt.');
  await expect(page.getByText('1 Person ist da')).toBeVisible();
  await expect(code).toBeFocused();

  await code.fill(erika.booking_code);
  await page.getByRole('button', { name: 'Einchecken' }).click();
  await expect(page.getByRole('status')).toHaveText('Diese Person ist schon eingecheckt.');
  await expect(page.getByText('1 Person ist da')).toBeVisible();

  await page.getByLabel('Vorname').fill('Hans');
  await page.getByLabel('Stadtteil').selectOption('Harksheide');
  await page.getByRole('button', { name: 'Person dazuzählen' }).dblclick();
  await expect(page.getByRole('status')).toHaveText('Hans ist dazugezählt.');
  await expect(page.getByText('2 Personen sind da')).toBeVisible();
  const door = await (await page.request.get(`/api/v1/door/sessions/${session.id}`)).json();
  expect(door.walk_ins.length, 'the double tap counted once').toBe(1);
  expect(door.present).toBe(2);
  await expectNoAxeViolations(page, 'door: after check-ins');
});

test('where the browser reads QR codes, the camera checks a resident in; elsewhere the button is not shown', async ({ page, request }) => {
  await logIn(page, OFFICE, 'Übersicht');
  const session = await planSoon(page, 'Kamera an der Tür');
  const olga = await registerByApi(request, session.id, 'Olga Iwanowa');

  // Headless Chromium on Linux has no BarcodeDetector: typing is the way.
  await page.goto(`/staff/door/${session.id}`);
  await expectHeading(page, 'Einchecken: Kamera an der Tür');
  expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
  await expect(page.getByRole('button', { name: 'Mit der Kamera scannen' })).toHaveCount(0);

  // A browser that has one (stubbed here, with a camera that films a blank canvas).
  await page.addInitScript((code) => {
    window.BarcodeDetector = class { async detect() { return [{ rawValue: code }]; } };
    navigator.mediaDevices.getUserMedia = async () => document.createElement('canvas').captureStream();
  }, olga.booking_code);
  await page.reload();
  await expectHeading(page, 'Einchecken: Kamera an der Tür');
  await page.getByRole('button', { name: 'Mit der Kamera scannen' }).click();
  await expect(page.getByRole('status')).toHaveText('Olga Iwanowa ist eingecheckt.');
  await expect(page.getByText('1 Person ist da')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mit der Kamera scannen' })).toBeVisible();
  await expectNoAxeViolations(page, 'door: after a scan');
});

test('the office types in the paper sheet, confirms a proposed booking, keeps a stranger apart and enters a feedback card', async ({ page, request }) => {
  await logIn(page, OFFICE, 'Übersicht');
  const session = await planSoon(page, 'Papier-Sprechstunde');
  const erika = await registerByApi(request, session.id, 'Erika Müller');
  await registerByApi(request, session.id, 'Hans Schulz');

  await page.goto(`/staff/door/${session.id}/sheet`);
  await expectHeading(page, 'Anwesenheitsliste');
  await expect(page.getByRole('cell', { name: 'Erika Müller' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wie war der Kurs?' })).toBeVisible();
  await expectNoAxeViolations(page, 'door: printable sheet');

  await page.goto(`/staff/door/${session.id}/paper`);
  await expectHeading(page, 'Papier eintragen: Papier-Sprechstunde');
  await expectNoAxeViolations(page, 'door: paper entry');
  const name = page.getByLabel('Name auf der Liste');
  await name.fill('erika muller');
  await name.press('Enter');
  await expect(page.getByRole('heading', { name: 'Wer ist „erika muller“?' })).toBeFocused();
  await expectNoAxeViolations(page, 'door: paper proposals');
  // Never merged on its own: Hans is not proposed, Erika is, and staff decide.
  await expect(page.getByRole('button', { name: /Hans Schulz/ })).toHaveCount(0);
  await page.getByRole('button', { name: `Das ist Erika Müller (Buchung ${erika.booking_code})` }).click();
  await expect(page.getByRole('status')).toHaveText('Erika Müller ist eingecheckt.');
  await expect(name).toBeFocused();

  await name.fill('Karl');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByText('Keine ähnliche Anmeldung gefunden.')).toBeVisible();
  await page.getByRole('button', { name: 'Andere Person: ohne Anmeldung zählen' }).click();
  await expect(page.getByRole('status')).toHaveText('Karl ist dazugezählt.');
  await expect(page.getByText('2 Personen sind da')).toBeVisible();

  await page.getByLabel('sehr gut').check();
  await page.getByLabel('Ja').check();
  await page.getByRole('button', { name: 'Karte speichern' }).click();
  await expect(page.getByRole('status')).toHaveText('Die Karte ist gespeichert.');
  await expect(page.getByText('1 Karte eingetragen.')).toBeVisible();

  await page.goto(`/staff/office/sessions/${session.id}`);
  await expectHeading(page, 'Papier-Sprechstunde');
  await expect(page.getByText('von der Papierliste').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Karl' })).toBeVisible();
});

test('the check-in page speaks every language, Arabic right to left, without axe violations', async ({ page }) => {
  await logIn(page, OFFICE, 'Übersicht');
  const session = await planSoon(page, 'Sprachen an der Tür');
  for (const language of ['Deutsch', 'Leichte Sprache', 'English', 'Türkçe', 'العربية', 'Русский', 'Українська', 'Polski']) {
    await page.goto(`/staff/door/${session.id}`);
    await chooseLanguage(page, language);
    await expectHeading(page, /Sprachen an der Tür/);
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'العربية' ? 'rtl' : 'ltr');
    await expectNoAxeViolations(page, `check-in in ${language}`);
  }
  await chooseLanguage(page, 'Deutsch');
});

test('a drop-in needs no booking; a waitlisted resident sees their QR code and leaves the waitlist', async ({ page, request }) => {
  await logIn(page, OFFICE, 'Übersicht');
  const dropIn = await planSoon(page, 'Offene Handy-Sprechstunde', true);
  await page.goto(`/sessions/${dropIn.id}`);
  await expect(page.getByText('Offene Sprechstunde: einfach vorbeikommen, keine Anmeldung nötig')).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: /anmelden|Warteliste/i })).toHaveCount(0);
  await expectNoAxeViolations(page, 'drop-in session');

  const me = await (await page.request.get('/api/v1/staff/me')).json();
  const starts = new Date(Date.now() + 3 * 86_400_000);
  const plannedFull = await page.request.post('/api/v1/office/sessions', {
    headers: { 'x-csrf-token': me.csrf_token },
    data: {
      title: 'Warteliste verlassen', topic: 'video-calls', venue: 'Rathaus Norderstedt', district: 'Garstedt',
      starts_at: starts.toISOString(), ends_at: new Date(starts.getTime() + 3_600_000).toISOString(), capacity: 1,
    },
  });
  const full = await plannedFull.json();
  planned.push(full.id);
  await registerByApi(request, full.id, 'Olga Iwanowa');
  const waiting = await registerByApi(request, full.id, 'Marta Nowak');
  expect(waiting.status).toBe('waitlisted');

  await page.goto(`/booking/${waiting.booking_code}`);
  await expect(page.getByAltText(`QR-Code mit Ihrem Buchungscode ${waiting.booking_code}`)).toBeVisible();
  const qr = await page.request.get(`/api/v1/bookings/${waiting.booking_code}/qr.svg`);
  expect(qr.headers()['content-type']).toBe('image/svg+xml');
  await page.getByRole('link', { name: 'Von der Warteliste abmelden' }).click();
  await expectHeading(page, 'Wollen Sie die Warteliste verlassen?');
  await expectNoAxeViolations(page, 'leave the waitlist');
  await page.getByRole('button', { name: 'Von der Warteliste abmelden' }).click();
  await expectHeading(page, 'Sie stehen nicht mehr auf der Warteliste');
  await expectNoAxeViolations(page, 'left the waitlist');
});

test.describe('on a small screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the door pages do not scroll sideways and every target is at least 44 × 44 px', async ({ page, request }) => {
    await logIn(page, OFFICE, 'Übersicht');
    const session = await planSoon(page, 'Kleiner Bildschirm');
    await registerByApi(request, session.id, 'Erika Müller');
    const small = [];
    for (const path of ['/staff/door', `/staff/door/${session.id}`, `/staff/door/${session.id}/paper`, `/staff/door/${session.id}/sheet`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(wide, `${path} scrolls sideways`).toBe(false);
      for (const target of await smallTargets(page)) small.push(`${path}: ${target}`);
    }
    expect(small).toEqual([]);
  });
});

test('the office prints a letter in the resident\'s language, Arabic right to left, in large print', async ({ page }) => {
  await logIn(page, OFFICE, 'Übersicht');
  const session = await planSoon(page, 'Briefe und Formulare am Tablet');
  const registered = await page.request.post(`/api/v1/sessions/${session.id}/registrations`, {
    headers: { 'accept-language': 'ar' },
    data: { name: 'Amal Haddad', contact: { kind: 'none' } },
  });
  expect(registered.status()).toBe(201);
  const { booking_code: code } = await registered.json();

  // From the roster: each person has a letter.
  await page.goto(`/staff/office/sessions/${session.id}`);
  await expectHeading(page, 'Briefe und Formulare am Tablet');
  await page.getByRole('link', { name: 'Brief an Amal Haddad' }).click();
  await expectHeading(page, 'Brief an Amal Haddad');
  await expect(page.getByText(/Sprache von .*Amal Haddad.*العربية/)).toBeVisible();
  const letter = page.locator('article.letter');
  await expect(letter).toHaveAttribute('lang', 'ar');
  await expect(letter).toHaveAttribute('dir', 'rtl');
  await expect(letter.locator('.booking-code')).toHaveText(code);
  await expect(letter).toContainText('Amal Haddad');
  await expect(letter.locator('img.booking-qr')).toBeVisible();
  await expectNoAxeViolations(page, 'office: letter');

  // Another letter for the same booking: the new time.
  const confirmation = await letter.locator('h2').textContent();
  const changed = page.getByRole('button', { name: 'Neue Zeit mitteilen' });
  await changed.click();
  await expect(changed).toHaveAttribute('aria-pressed', 'true');
  await expect(letter.locator('h2')).not.toHaveText(confirmation);
  await expect(page).toHaveURL(/notice=session-rescheduled/);

  // As printed: only the letter, in large print (at least 16 pt, 21.3 px).
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Brief drucken' })).toBeHidden();
  await expect(letter).toBeVisible();
  const size = await letter.locator('p.lines').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(21.3);
  await page.emulateMedia({ media: 'screen' });

  // The staff's own language changes the page around the letter, never the letter.
  for (const language of ['Leichte Sprache', 'English', 'Türkçe', 'العربية', 'Русский', 'Українська', 'Polski', 'Deutsch']) {
    await chooseLanguage(page, language);
    await expect(letter).toHaveAttribute('lang', 'ar');
    await expectNoAxeViolations(page, `office: letter, staff in ${language}`);
  }
});
