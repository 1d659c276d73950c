// The settings in the header: text size, contrast and motion persist; read aloud where a voice exists.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, expectHeading, openSettings, chooseLanguage } = require('./helpers');

test('text size, contrast and motion are remembered across pages and visits', async ({ page }) => {
  await page.goto('/');
  await expectHeading(page, 'Willkommen bei Teilhabe');
  await openSettings(page);
  const settings = page.locator('#settings');
  await settings.getByRole('button', { name: 'Sehr groß', exact: true }).click();
  await settings.getByRole('button', { name: 'Starker Kontrast' }).click();
  await settings.getByRole('button', { name: 'Weniger Bewegung' }).click();
  await expect(settings.getByRole('button', { name: 'Sehr groß', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(settings.getByRole('button', { name: 'Normal' })).toHaveAttribute('aria-pressed', 'false');
  await expect(settings.getByRole('button', { name: 'Starker Kontrast' })).toHaveAttribute('aria-pressed', 'true');

  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-text-size', 'largest');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await expect(html).toHaveAttribute('data-motion', 'reduced');
  expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('40px');
  await expectNoAxeViolations(page, 'start page, largest text, high contrast');

  await settings.getByRole('button', { name: 'Fertig' }).click();
  await expect(settings).toBeHidden();
  await expect(page.locator('button[aria-controls="settings"]')).toBeFocused();

  await page.goto('/sessions');
  await expectHeading(page, 'Kurse finden');
  await expect(html).toHaveAttribute('data-text-size', 'largest');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await expectNoAxeViolations(page, 'finder, largest text, high contrast');

  await page.reload();
  await expectHeading(page, 'Kurse finden');
  await expect(html).toHaveAttribute('data-motion', 'reduced');
  await openSettings(page);
  await settings.getByRole('button', { name: 'Normal' }).click();
  await settings.getByRole('button', { name: 'Starker Kontrast' }).click();
  await expect(html).not.toHaveAttribute('data-text-size', /.*/);
  await expect(html).not.toHaveAttribute('data-contrast', /.*/);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('20px');
});

/** Replaces the browser's speech synthesis with one that has a German voice and records what it says. */
async function fakeGermanVoice(page) {
  await page.addInitScript(() => {
    const queue = [];
    window.spoken = queue;
    window.SpeechSynthesisUtterance = class {
      constructor(text) { this.text = text; }
    };
    const synthesis = {
      getVoices: () => [{ lang: 'de-DE', name: 'Testing voice' }],
      speak: (utterance) => queue.push(utterance),
      cancel: () => {},
      onvoiceschanged: null,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  });
}

test('read aloud speaks the main text where the browser has a voice for the language', async ({ page }) => {
  await fakeGermanVoice(page);
  await page.goto('/help');
  await expectHeading(page, 'Hilfe am Telefon oder vor Ort');
  const readAloud = page.getByRole('button', { name: 'Vorlesen' });
  await expect(readAloud).toHaveAttribute('aria-pressed', 'false');
  await readAloud.click();
  await expect(readAloud).toHaveAttribute('aria-pressed', 'true');
  const spoken = await page.evaluate(() => window.spoken.map((u) => [u.text, u.lang]));
  expect(spoken[0]).toEqual(['Hilfe am Telefon oder vor Ort', 'de']);
  expect(spoken.map((s) => s[0])).toContain('040 535 95-0');
  // The last sentence ends: the button is off again.
  await page.evaluate(() => window.spoken.at(-1).onend());
  await expect(readAloud).toHaveAttribute('aria-pressed', 'false');

  // No English voice: no button.
  await chooseLanguage(page, 'English');
  await expectHeading(page, 'Help by phone or in person');
  await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
});

test('read aloud is not offered when the browser has no voice', async ({ page }) => {
  await page.goto('/');
  await expectHeading(page, 'Willkommen bei Teilhabe');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(page.getByRole('button', { name: 'Vorlesen' })).toHaveCount(0);
});
