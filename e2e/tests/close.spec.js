// The office pauses an ambassador, makes them active again, and closes their account after a
// confirmation page: the ambassador's open login ends at once and a new one is refused.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, expectHeading, tabTo, DEMO_PASSWORD, OFFICE } = require('./helpers');

test('the office closes an ambassador\'s account after confirming, and that ambassador can no longer log in', async ({ page, request }) => {
  // A new ambassador (not the demo one, whom the other journeys need): applies, is approved by
  // the office below, sets a password and logs in.
  const stamp = Date.now();
  const name = `Clara Schluss ${stamp % 100000}`;
  const email = `clara.${stamp}@example.org`;
  const password = 'Bis bald und danke 2026';
  const principles = await (await request.get('/api/v1/principles')).json();
  const applied = await request.post('/api/v1/ambassadors/applications', {
    data: {
      name, email, districts: ['Garstedt'], languages: ['de'], help_with: ['accompanying'],
      availability: 'Dienstags', motivation: 'Ich helfe gern.',
      principles_version: principles.version, accept_principles: true,
    },
  });
  expect(applied.status()).toBe(201);

  await page.goto('/staff/login');
  await expectHeading(page, 'Anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(OFFICE);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expectHeading(page, 'Übersicht');
  const applications = page.getByRole('navigation', { name: 'Bereich' }).getByRole('link', { name: 'Bewerbungen' });
  await applications.click();
  await expectHeading(page, 'Bewerbungen');
  await page.getByRole('button', { name: `${name} annehmen` }).click();
  await expectHeading(page, `${name} ist angenommen`);
  const link = (await page.locator('#set-password-link').textContent()).trim();
  const token = new URL(link).searchParams.get('token');
  const set = await request.post('/api/v1/staff/password', { data: { token, password } });
  expect(set.ok(), `set password: ${set.status()}`).toBe(true);
  // The ambassador's own login (the request context keeps its cookie).
  const login = await request.post('/api/v1/staff/login', { data: { email, password } });
  expect(login.status()).toBe(200);
  expect((await request.get('/api/v1/staff/me')).status()).toBe(200);

  // Pausing takes one tap and one tap undoes it; the list shows the new status each time.
  await applications.click();
  await expectHeading(page, 'Bewerbungen');
  const entry = page.locator('li', { hasText: name });
  await expect(entry).toContainText(`${name}: aktiv`);
  await expectNoAxeViolations(page, 'office: ambassadors with their actions');
  await entry.getByRole('button', { name: `Pause für ${name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} macht jetzt Pause.` })).toBeVisible();
  await expect(entry).toContainText(`${name}: macht Pause`);
  expect((await request.get('/api/v1/calls')).status(), 'a paused ambassador sees no call list').toBe(403);
  await entry.getByRole('button', { name: `${name} wieder freischalten` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} ist wieder aktiv.` })).toBeVisible();
  await expect(entry).toContainText(`${name}: aktiv`);

  // Closing asks first, on its own page, with one large red button reached by the keyboard.
  await entry.getByRole('link', { name: `Zugang von ${name} schließen` }).click();
  await expectHeading(page, 'Diesen Zugang schließen?');
  await expect(page.getByText(`${name} kann sich dann nicht mehr anmelden.`)).toBeVisible();
  await expectNoAxeViolations(page, 'office: close an account');
  expect((await request.get('/api/v1/staff/me')).status(), 'nothing is closed before confirming').toBe(200);
  const confirm = page.getByRole('button', { name: 'Zugang schließen' });
  await tabTo(page, confirm);
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Bewerbungen');
  await expect(page.getByRole('status').filter({ hasText: `Der Zugang von ${name} ist geschlossen.` })).toBeVisible();
  await expect(entry.locator('.tag')).toHaveText('Zugang geschlossen');
  await expect(entry.getByRole('link', { name: /schließen/ })).toHaveCount(0);
  await expect(entry.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page, 'office: ambassadors after closing an account');

  // The ambassador's open login ended at once, and a new one is refused.
  expect((await request.get('/api/v1/staff/me')).status(), 'the open login ended').toBe(401);
  const again = await request.post('/api/v1/staff/login', { data: { email, password } });
  expect(again.status(), 'a new login is refused').toBe(401);
});
