// The host page drives the widget and hears it (pm-scale-up:set, :state, :ready), in a sandboxed
// frame on a strict-CSP host page; garbage changes nothing; and the scrollytelling example in
// integrations/ works when scrolled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clean, servedWidget, WidgetPage } from './harness.mjs';

const MOUNT = '/widgets/pm-scale-up/';
const WIDGET_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const HOST_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'";
const STORY = fileURLToPath(new URL('../../integrations/scrollytelling/', import.meta.url));

const file = (name, type) => (req, res) => {
  res.writeHead(200, { 'content-type': type, 'content-security-policy': HOST_CSP });
  res.end(readFileSync(`${STORY}${name}`));
};
const pages = {
  '/host/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <link rel="icon" href="${MOUNT}favicon.svg"></head><body>
    <iframe id="widget" src="${MOUNT}?v=1&amp;embed=1&amp;people=150" title="PM Scale-Up" sandbox="allow-scripts"
      width="700" height="900"></iframe>
    <iframe id="other" name="other" src="about:blank" title="Another frame"></iframe></body></html>`,
  '/bare/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <link rel="icon" href="${MOUNT}favicon.svg"></head><body>
    <iframe id="widget" src="${MOUNT}" title="PM Scale-Up" sandbox="allow-scripts" width="700" height="900"></iframe></body></html>`,
  '/story/': file('index.html', 'text/html; charset=utf-8'),
  '/story/story.js': file('story.js', 'text/javascript'),
  '/story/story.css': file('story.css', 'text/css'),
  // The host site's own icon, which the example (a fragment of a page) does not name.
  '/favicon.ico': (req, res) => res.writeHead(204).end(),
};
const env = servedWidget({ mount: MOUNT, headers: { 'content-security-policy': WIDGET_CSP }, pages, pageHeaders: { 'content-security-policy': HOST_CSP } });

/** Records every message the host page receives, from the start. */
const listen = ({ context }) => context.addInitScript(() => {
  if (window !== window.top) return;
  window.heard = [];
  window.addEventListener('message', (event) => window.heard.push(event.data));
});

/** Posts `message` to the widget's frame, from the host page. */
const send = (page, message) => page.evaluate((m) => document.getElementById('widget').contentWindow.postMessage(m, '*'), message);

test('the host sets the size and theme, hears ready and each state, and the reader\'s moves', () =>
  WidgetPage.use(env, 'host/', async (host) => {
    const widget = await host.embed(0);
    const { page } = host;
    await page.waitForFunction(() => window.heard.some((m) => m?.type === 'pm-scale-up:ready'));
    await send(page, { type: 'pm-scale-up:set', people: 5000, theme: 'dark' });
    await widget.page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });
    assert.equal(await widget.readout(), 'Public company · about 5,000 people');
    assert.equal((await widget.onPm()).length, 2);
    await page.waitForFunction(() => window.heard.some((m) => m?.type === 'pm-scale-up:state' && m.people === 5000));
    // The reader moves the slider: the host hears the state, with the share link.
    await widget.press('ArrowRight');
    const state = await page.waitForFunction(() => window.heard.findLast((m) => m?.type === 'pm-scale-up:state' && m.people === 6000));
    const message = await state.jsonValue();
    assert.equal(message.stage, 'public-company');
    assert.equal(message.fn, 'product');
    assert.equal(message.sweet, 'none');
    assert.match(message.href, /\/widgets\/pm-scale-up\/stage\/public-company\/\?v=1&people=6000&embed=0&theme=dark&/);
    assert.deepEqual(Object.keys(message).sort(), ['fn', 'href', 'people', 'preset', 'stage', 'sweet', 'type']);
    // A set of another function and type moves the board with the usual animation.
    await send(page, { type: 'pm-scale-up:set', fn: 'sales', people: '150' });
    await widget.page.locator('.board__holder').getByText('Sales person').waitFor();
    assert.equal(await widget.readout(), 'Series B · about 150 people');
    assert.deepEqual(host.troubles(), clean);
  }, { host: true, prepare: listen, viewport: { width: 800, height: 1000 } }));

test('a frame opened without a query hears a set and says its state', () =>
  WidgetPage.use(env, 'bare/', async (host) => {
    const widget = await host.embed(0);
    const { page } = host;
    await send(page, { type: 'pm-scale-up:set', people: 5000 });
    await page.waitForFunction(() => window.heard.some((m) => m?.type === 'pm-scale-up:state' && m.people === 5000));
    assert.equal(await widget.readout(), 'Public company · about 5,000 people');
    assert.deepEqual(host.troubles(), clean);
  }, { host: true, prepare: listen }));

test('garbage from the host, and any message from another window, changes nothing, logs nothing, runs nothing', () =>
  WidgetPage.use(env, 'host/', async (host) => {
    const widget = await host.embed(0);
    const { page } = host;
    page.on('dialog', (dialog) => assert.fail(`a dialog opened: ${dialog.message()}`));
    const before = { readout: await widget.readout(), theme: await widget.page.locator('html').getAttribute('data-theme') };
    const garbage = [
      'pm-scale-up:set', null, 42, [], ['pm-scale-up:set'], {}, { type: 'pm-scale-up:set' },
      { type: 'pm-scale-up:set', people: Number.NaN }, { type: 'pm-scale-up:set', people: 1e300 },
      { type: 'pm-scale-up:set', people: -5 }, { type: 'pm-scale-up:set', people: 0.5 }, { type: 'pm-scale-up:set', people: 'lots' },
      { type: 'pm-scale-up:set', people: null }, { type: 'pm-scale-up:set', people: { valueOf: 5000 } },
      { type: 'pm-scale-up:set', theme: '<img src=x onerror=alert(1)>' }, { type: 'pm-scale-up:set', theme: 'dark" onload="alert(1)' },
      { type: 'pm-scale-up:set', fn: 'marketing', preset: 'bank', sweet: '1-999999', bg: 'url(javascript:alert(1))' },
      { type: 'pm-scale-up:set', embed: '0', autoplay: '1', scenario: 'https://evil.example/x.json' },
      { type: 'PM-SCALE-UP:SET', people: 5000 }, { type: ['pm-scale-up:set'], people: 5000 },
      { message: 'ready', secret: 'Ab3dE6gH9k' }, { type: 'pm-scale-up:state', people: 5000 },
    ];
    const heardBefore = await page.evaluate(() => window.heard.length);
    // From the widget's own window and from a sibling frame: not the parent, so not read.
    await widget.page.locator('html').evaluate(() => window.postMessage({ type: 'pm-scale-up:set', people: 5000, theme: 'dark' }, '*'));
    await page.frame({ name: 'other' }).evaluate(() => parent.frames[0].postMessage({ type: 'pm-scale-up:set', people: 5000 }, '*'));
    for (const message of garbage) await send(page, message);
    // Then one good message that sets the theme only. The widget reads messages in the order they
    // came, so once it shows this one, it has read (and dropped) everything before it.
    assert.notEqual(before.theme, 'dark');
    await send(page, { type: 'pm-scale-up:set', theme: 'dark' });
    await widget.page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });
    assert.equal(await widget.readout(), before.readout);
    // The widget says its state once it rests: the dark theme's, and no other size before it.
    await page.waitForFunction((from) => window.heard.slice(from).some((m) => m?.type === 'pm-scale-up:state' && /theme=dark/.test(m.href)), heardBefore);
    const states = await page.evaluate((from) => window.heard.slice(from).filter((m) => m?.type === 'pm-scale-up:state'), heardBefore);
    assert.deepEqual(states.map((m) => m.people), states.map(() => 150), 'no state but the first size was said');
    assert.deepEqual(await widget.notices(), []);
    assert.equal(await widget.page.locator('img').count(), 0);
    assert.deepEqual(host.troubles(), clean);
  }, { host: true, prepare: listen }));

test('the scrollytelling example sets a stage per step as it scrolls, and its caption follows the widget', () =>
  WidgetPage.use(env, 'story/', async (story) => {
    const { page } = story;
    const widget = await story.embed(0);
    const caption = page.locator('#story-caption');
    for (const [index, readout, words] of [
      [1, 'Series A · about 60 people', 'Series A, about 60 people'],
      [2, 'Late stage · about 800 people', 'Late stage, about 800 people'],
      [3, 'Hyperscale · about 50,000 people', 'Hyperscale, about 50,000 people'],
    ]) {
      await page.locator('.story__step').nth(index).scrollIntoViewIfNeeded();
      await page.locator('.story__step').nth(index).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForFunction((w) => document.getElementById('story-caption').textContent === w, words);
      assert.equal(await widget.readout(), readout);
    }
    assert.equal(await widget.page.locator('html').getAttribute('data-theme'), 'dark', 'the last step asks for the dark theme');
    // The reader moves the widget: the caption follows it.
    await widget.press('Home');
    await page.waitForFunction(() => document.getElementById('story-caption').textContent === 'Founding team, 1 person');
    assert.equal(await caption.isVisible(), true);
    assert.deepEqual(story.troubles(), clean);
  }, { host: true, viewport: { width: 1100, height: 800 } }));
