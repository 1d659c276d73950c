// Runs last (files run in name order): the server's log of the whole browser run holds no
// personal data — no names, phone numbers or e-mail addresses the tests typed, no booking
// codes — while it does log every request (method, redacted path, status, latency).
const { test, expect } = require('@playwright/test');
const fs = require('fs');

const TYPED = [
  'Erika', 'Mustermann', '040 123456', 'Samira', 'Hatice', '@example', 'Seniorentreff',
  'Videoanrufe gehen',
];
const BOOKING_CODE = /\b[ACDEFGHJKMNPRTWXY34679]{3}-[ACDEFGHJKMNPRTWXY34679]{3}\b/;

test('the server log names no person and no booking code', async () => {
  const file = process.env.TEILHABE_E2E_LOG;
  expect(file, 'the config names the log file').toBeTruthy();
  const log = fs.readFileSync(file, 'utf8');
  expect(log).toContain('request');
  expect(log).toContain('/api/v1/bookings/{code}');
  for (const typed of TYPED) {
    expect(log.includes(typed), `the log contains "${typed}"`).toBe(false);
  }
  const code = log.match(BOOKING_CODE);
  expect(code, `a booking code in the log: ${code && code[0]}`).toBeNull();
});
