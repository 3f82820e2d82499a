// The <impasse-advisor> web component in headless Chromium, on a page of another origin than the service.
// Usage: node embed-browser.mjs <host page URL> <service URL> <screenshot dir>
// Prints one line per case and "N passed, N failed"; exits 1 when a case fails.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const [pageUrl, serviceUrl, shots] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const allowed = new Set([new URL(pageUrl).origin, new URL(serviceUrl).origin]);
const outside = [];

const RISK = {
  rootCauses: ['FEAR'],
  concerns: ['PTSD'],
  client: { suicideRisk: 'HIGH' },
  therapist: { trainedIn: ['EMDR'] },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
await context.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (allowed.has(url.origin)) return route.continue();
  outside.push(url.href);
  return route.abort();
});
const page = await context.newPage();
const consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
await page.addInitScript(() => {
  window.impasseEvents = [];
  for (const type of ['impasse-recommendation', 'impasse-feedback']) {
    document.addEventListener(type, (e) => window.impasseEvents.push({ type, detail: e.detail }));
  }
});

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push(true);
    console.log(`ok - ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`not ok - ${name}\n  ${String(e.stack || e).split('\n').join('\n  ')}`);
    await page.screenshot({ path: `${shots}/failed-${results.length}.png`, fullPage: true }).catch(() => {});
  }
}

async function axe(selector) {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async (sel) => {
    const result = await window.axe.run(document.querySelector(sel), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target) }));
  }, selector);
  const serious = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe-core on ${selector}: ${JSON.stringify(serious)}`);
}

async function insightsAccepted(strategyId) {
  const answer = await (await fetch(`${serviceUrl}/api/v1/insights/strategies`)).json();
  return answer.strategies.find((s) => s.strategyId === strategyId).accepted;
}

await page.goto(pageUrl);
const form = page.locator('#form-case');

await check('the form is built from the catalog of another origin', async () => {
  await form.locator('input[name="rootCauses"]').first().waitFor({ timeout: 15000 });
  assert.ok(await form.locator('input[name="rootCauses"]').count() > 5);
  assert.ok(await form.locator('select[name="client.suicideRisk"] option').count() >= 4);
});

await check('a 400 problem is shown as a readable error naming the field', async () => {
  await form.locator('button[type="submit"]').click();
  const error = form.locator('[part="error"]');
  await error.waitFor();
  const text = await error.innerText();
  assert.match(text, /rootCauses/);
  assert.match(text, /What the impasse is rooted in/);
  await axe('#form-case');
});

let accepted;
await check('a normal case, through the form and the keyboard: ranked strategies, no alert', async () => {
  await form.locator('input[value="DISENGAGEMENT"]').check();
  await form.locator('input[value="LOW_MOTIVATION"]').check();
  await form.locator('select[name="client.ageGroup"]').selectOption('ADOLESCENT');
  await form.locator('button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  await form.locator('[part="strategies"]').waitFor();
  assert.equal(await form.locator('[part="error"]').count(), 0);
  assert.equal(await form.locator('[part="alerts"]').count(), 0);
  const strategies = form.locator('[part="strategy"]');
  assert.ok(await strategies.count() >= 1);
  const first = strategies.first();
  assert.ok((await first.locator('ol li').count()) >= 1, 'steps');
  assert.match(await first.innerText(), /Why this strategy/);
  const events = await page.evaluate(() => window.impasseEvents);
  assert.equal(events.filter((e) => e.type === 'impasse-recommendation').length, 1);
  accepted = await first.getAttribute('data-strategy');
  await axe('#form-case');
});

await check('an accept, by keyboard, is recorded and shows up in the insights', async () => {
  const before = await insightsAccepted(accepted);
  const strategy = form.locator(`[data-strategy="${accepted}"]`);
  await strategy.locator('button[part~="accept"]').focus();
  await page.keyboard.press('Enter');
  await strategy.locator('[part="recorded"]', { hasText: 'Accepted' }).waitFor();
  const event = (await page.evaluate(() => window.impasseEvents)).find((e) => e.type === 'impasse-feedback');
  assert.equal(event.detail.strategyId, accepted);
  assert.equal(event.detail.outcome, 'ACCEPTED');
  assert.equal(await insightsAccepted(accepted), before + 1);
  assert.ok(await strategy.locator('button[part~="resolved"]').isVisible(), 'Resolved offered next');
});

await check('an override takes one of the contract reason codes', async () => {
  assert.ok(await form.locator('[part="strategy"]').count() >= 2, 'a second strategy to override');
  const second = form.locator('[part="strategy"]').nth(1);
  await second.locator('button[part~="override"]').click();
  await second.locator('select').selectOption('ALREADY_TRIED');
  await second.locator('button[part~="override"]').click();
  await second.locator('[part="recorded"]', { hasText: 'Overridden (ALREADY_TRIED)' }).waitFor();
});

await check('a risk case: the alert first, safety planning pinned first, withheld with reasons', async () => {
  await page.evaluate(([base, descriptor]) => {
    const element = document.createElement('impasse-advisor');
    element.id = 'risk-case';
    element.setAttribute('base-url', base);
    element.setAttribute('descriptor', descriptor);
    document.body.append(element);
  }, [serviceUrl, JSON.stringify(RISK)]);
  const risk = page.locator('#risk-case');
  await risk.locator('[part="strategies"]').waitFor();
  assert.equal(await risk.locator('form').count(), 0, 'no form with a descriptor');
  const alert = risk.locator('[part="alert"]').first();
  assert.match(await alert.innerText(), /critical/i);
  const order = await risk.evaluate((el) => [...el.shadowRoot.querySelectorAll('[part="alerts"], [part="strategies"]')]
    .map((n) => n.getAttribute('part')));
  assert.deepEqual(order, ['alerts', 'strategies'], 'alerts before strategies');
  const first = risk.locator('[part="strategy"]').first();
  assert.equal(await first.getAttribute('data-strategy'), 'safety-planning');
  assert.equal(await first.locator('[part="pinned"]').count(), 1);
  const withheld = await risk.locator('[part="withheld"]').innerText();
  assert.match(withheld, /EMDR|reprocessing/i);
  assert.match(withheld, /risk/i);
  await axe('#risk-case');
  await page.screenshot({ path: `${shots}/risk-case.png`, fullPage: true });
});

await check('readable at phone width: nothing wider than the screen', async () => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.waitForTimeout(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: `${shots}/phone.png`, fullPage: false });
});

await check('nothing was fetched from any other origin, and no script error', async () => {
  assert.deepEqual(outside, []);
  assert.deepEqual(consoleErrors.filter((e) => !/status of 400/.test(e)), []);
});

await browser.close();
const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
