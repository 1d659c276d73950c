// Shared steps: axe on every page, keyboard navigation, and API shortcuts for set-up.
const { expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the current page and fails with the rule ids and nodes it reports. */
async function expectNoAxeViolations(page, label) {
  // Measure a settled page: wait until no CSS transition or animation is running, so the
  // result never depends on how fast the machine is.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(summary, `axe violations on ${label || page.url()}`).toEqual([]);
  return results.passes.length;
}

/** Waits for the page's h1 (the app moves focus there after each route change). */
async function expectHeading(page, name) {
  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toBeVisible();
  return heading;
}

/**
 * Fails unless the focused element shows a focus indicator: a visible outline (at least 2 px,
 * not transparent) or a box shadow, as the style sheet gives every focusable element.
 */
async function expectFocusIndicator(page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return {
      element: `${el.tagName.toLowerCase()} "${(el.textContent || el.value || '').trim().slice(0, 40)}"`,
      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
        && !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor),
      shadow: s.boxShadow !== 'none',
    };
  });
  expect(style, 'something has focus').not.toBeNull();
  expect(style.outline || style.shadow, `focus indicator on ${style.element}`).toBe(true);
}

/** Presses Tab until `locator` has focus, checking the focus indicator at every stop. */
async function tabTo(page, locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
    await expectFocusIndicator(page);
  }
  throw new Error(`could not reach ${locator} with the Tab key`);
}

/** Opens the settings in the header, if they are closed. */
async function openSettings(page) {
  const toggle = page.locator('button[aria-controls="settings"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.locator('#settings')).toBeVisible();
}

/** Switches the interface to the language with this native name and waits until it shows. */
async function chooseLanguage(page, name) {
  await openSettings(page);
  const button = page.locator('#settings').getByRole('button', { name, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** The native names of all languages, as the settings offer them. */
async function languageNames(page) {
  await openSettings(page);
  return page.locator('#settings button[lang]').allTextContents();
}

/**
 * Books a seat through the API and leaves the sign-up draft in session storage, as if this tab
 * had just signed up: the check-answers and confirmation pages then show. Returns the
 * session and the booking code.
 */
async function prepareBooking(page, request, name = 'Erika Mustermann') {
  const sessions = await (await request.get('/api/v1/sessions')).json();
  const session = sessions.find((s) => s.seats_left > 1);
  const created = await registerByApi(request, session.id, name);
  await page.goto('/');
  await page.evaluate(([id, result, who]) => {
    // Every answer given, so the consent question and every row of the check page show.
    sessionStorage.setItem('teilhabe.draft', JSON.stringify({
      subject: id,
      nonce: 'e2e',
      answers: [['name', who], ['contact', 'phone'], ['contact-value', '040 123456'], ['consent', 'yes'],
        ['needs', 'hearing-loop,companion']],
      result,
    }));
  }, [session.id, created, name]);
  return { session, code: created.booking_code };
}

/** Demo bookings for the session that took place last week, feedback open (TEILHABE_DEMO=1). */
const PAST = { keyboard: 'FED-347', pages: 'FED-349', mouse: 'FED-367' };

/** Every page of the app, with the data the pages need (a booked seat in this tab). */
async function allPages(page, request) {
  const { session, code } = await prepareBooking(page, request);
  const id = session.id;
  const past = PAST.pages;
  return ['/', '/sessions', `/sessions/${id}`, `/sessions/${id}/register/name`, `/sessions/${id}/register/contact`,
    `/sessions/${id}/register/consent`, `/sessions/${id}/register/needs`,
    `/sessions/${id}/register/check`, `/sessions/${id}/register/done`, '/booking', `/booking/${code}`,
    `/booking/${code}/cancel`, `/booking/${code}/erase`, `/booking/${past}`, `/booking/${past}/feedback`, `/booking/${past}/feedback/helped`,
    `/booking/${past}/feedback/more`, '/help', '/accessibility', '/accessibility/report', '/leichte-sprache',
    '/no-such-page'];
}

/** What went wrong in a page lately: console errors, failed requests, answers of 400 and up. */
const troubles = new WeakMap();

function watchTroubles(page) {
  if (troubles.has(page)) return troubles.get(page);
  const seen = [];
  const note = (text) => {
    seen.push(`${new Date().toISOString()} ${text}`);
    if (seen.length > 20) seen.shift();
  };
  page.on('console', (m) => { if (m.type() === 'error') note(`console: ${m.text()}`); });
  page.on('pageerror', (e) => note(`page error: ${e.message}`));
  page.on('requestfailed', (r) => note(`failed: ${r.method()} ${r.url()} (${r.failure() && r.failure().errorText})`));
  page.on('response', (r) => { if (r.status() >= 400) note(`${r.status()}: ${r.request().method()} ${r.url()}`); });
  troubles.set(page, seen);
  return seen;
}

/**
 * Opens `path` and waits until its heading shows and its data has arrived. Should the heading
 * not come, the failure says what the page holds and what went wrong on the way (the console,
 * failed and refused requests), so a rare failure explains itself.
 */
async function openPage(page, path) {
  const seen = watchTroubles(page);
  const from = seen.length;
  await page.goto(path);
  try {
    await expect(page.getByRole('heading', { level: 1 }), `the heading of ${path}`).toBeVisible();
  } catch (error) {
    const body = await page.evaluate(() => document.body && document.body.innerHTML.slice(0, 600)).catch((e) => `(${e.message})`);
    error.message += `\n  page ${page.url()}\n  body: ${body}\n  on the way: ${seen.slice(from).join('\n    ') || 'nothing'}`;
    throw error;
  }
  await expect(page.locator('.loading'), `the data of ${path}`).toHaveCount(0);
}

/** The demo session with the given capacity, from the API. */
async function sessionWithCapacity(request, capacity) {
  const response = await request.get('/api/v1/sessions');
  expect(response.ok()).toBeTruthy();
  const sessions = await response.json();
  const session = sessions.find((s) => s.capacity === capacity);
  expect(session, `a demo session with ${capacity} seats`).toBeTruthy();
  return session;
}

/** Registers someone through the API; returns the answer body. */
async function registerByApi(request, sessionId, name) {
  const response = await request.post(`/api/v1/sessions/${sessionId}/registrations`, {
    data: { name, contact: { kind: 'none' } },
  });
  expect(response.status()).toBe(201);
  return response.json();
}

/**
 * Visible a, button, input, select and [role=button] elements smaller than 44 × 44 px. Exempt, as
 * WCAG 2.5.8 allows: a link inside a sentence (display inline, in a block that holds more text
 * than the link), whose height the line of text sets. Elements moved out of view (the skip link
 * before it has focus) and visually hidden ones are not targets.
 */
function smallTargets(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('a, button, input, select, textarea, [role=button]')) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (box.bottom <= 0 || box.right <= 0 || box.left >= window.innerWidth) continue;
      if (el.closest('.visually-hidden')) continue;
      if (el.tagName === 'A' && style.display === 'inline') {
        const block = el.parentElement.closest('p, li, dd, td, div');
        if (block && block.textContent.trim().length > el.textContent.trim().length) continue;
      }
      if (box.width < 44 || box.height < 44) {
        const name = (el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 30);
        found.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return found;
  });
}
/** The demo accounts' password and the demo staff (`make run` seeds them). */
const DEMO_PASSWORD = 'teilhabe-demo-2026';
const OFFICE = 'office@teilhabe.example';
const AMBASSADOR = 'ambassador@teilhabe.example';

/** Logs in through the staff login page and waits for the start page of the role. */
async function logIn(page, email, heading, password = DEMO_PASSWORD) {
  await page.goto('/staff/login');
  await expectHeading(page, 'Anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expectHeading(page, heading);
}

module.exports = {

  expectNoAxeViolations, expectHeading, tabTo, expectFocusIndicator, sessionWithCapacity, registerByApi,
  prepareBooking, allPages, openPage, openSettings, chooseLanguage, languageNames, AXE_TAGS, PAST,
  smallTargets, DEMO_PASSWORD, OFFICE, AMBASSADOR, logIn,
};
