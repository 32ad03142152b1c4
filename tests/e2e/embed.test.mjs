// The embed, as a blogger would set it up: the widget served from a sub-path under a strict CSP,
// its own embed code pasted into a host page (itself under a strict CSP) in a sandboxed iframe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean, eventually, servedWidget, settled, WidgetPage } from './harness.mjs';

const MOUNT = '/widgets/pm-scale-up/';
// The policy docs/embedding.md promises the widget works under: no inline script or style at all.
const WIDGET_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const HOST_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'";

const pages = {};
const env = servedWidget({
    mount: MOUNT,
    headers: { 'content-security-policy': WIDGET_CSP },
    pages,
    pageHeaders: { 'content-security-policy': HOST_CSP },
  });

test('the standalone page works from a sub-path under the strict CSP', () =>
  WidgetPage.use(env, MOUNT, async (w) => {
    assert.equal(await w.readout(), 'Series B · about 150 people');
    assert.deepEqual(w.troubles(), clean);
  }));

test('the embed code, pasted into a sandboxed iframe on a strict host page, sizes itself and keeps its theme', () =>
  WidgetPage.use(env, `${MOUNT}?theme=dark`, async (w) => {
    const { page } = w;

    // 1. Take the embed code from the widget itself, in the dark theme, as a blogger would.
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('button', { name: 'Copy for Any HTML page' }).click();
    await page.getByText('Embed code copied.').waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/widgets\/pm-scale-up\/\?v=1&amp;people=150&amp;embed=1&amp;theme=dark/);

    // 2. Paste it into a post, sandboxed to scripts only.
    pages['/blog/post/'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="${MOUNT}favicon.svg"></head>
      <body><h1>A post</h1><p>Before the widget.</p>
      ${snippet.replace('<iframe ', '<iframe sandbox="allow-scripts" ')}
      <p id="after">After the widget.</p></body></html>`;
    await w.visit('/blog/post/');
    const iframe = page.locator('iframe');
    const reserved = Number(await iframe.getAttribute('height'));
    const widget = await w.embed(0);
    const frame = widget.page;

    const frameHeight = () => iframe.evaluate((el) => el.clientHeight);
    const contentHeight = () => frame.locator('main').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const follows = async () => Math.abs((await frameHeight()) - (await contentHeight())) <= 1;

    // 3. The host script sets the iframe to the content's height...
    await eventually(follows, async () => `iframe ${await frameHeight()}px, content ${await contentHeight()}px`);
    const first = await frameHeight();
    assert.ok(Math.abs(first - reserved) < reserved * 0.5, `reserved ${reserved}px, then ${first}px`);

    // 4. ...and follows it when the content changes size: the board keeps its size at every stage,
    //    so the reader's sweet-spot panel opening and closing is what changes it.
    await frame.getByRole('button', { name: 'Mark my sweet spot' }).click();
    await eventually(async () => (await frameHeight()) > first + 50 && (await follows()), async () => `still ${await frameHeight()}px`);
    const tallest = await frameHeight();
    await frame.getByRole('button', { name: 'Clear my sweet spot' }).click();
    await eventually(async () => (await frameHeight()) < tallest - 50 && (await follows()), async () => `still ${await frameHeight()}px`);
    await widget.press('End');

    // 5. theme=dark applies inside the frame, whatever the host page's scheme.
    const background = await frame.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(background, 'rgb(20, 21, 25)');

    // 6. The sandbox denies the clipboard: the link is offered selected, to copy by hand.
    await frame.getByRole('button', { name: 'Copy link' }).click();
    const field = frame.locator('#pmsu-copy-by-hand');
    await field.waitFor();
    assert.match(await field.inputValue(), /\/widgets\/pm-scale-up\/stage\/hyperscale\/\?v=1&people=100000&embed=0&theme=dark&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0$/);

    // 7. No console errors, no CSP violations (reported as console errors), nothing from elsewhere.
    assert.deepEqual(w.troubles(), clean);
  }, { viewport: { width: 800, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] }));

const CHOICES = [
  ['WordPress or Ghost', 'Paste it on a line of its own; the editor turns it into the widget.'],
  ['Hugo', 'Paste it into the post; the site needs the widget\'s shortcode file once.'],
  ['Any HTML page', 'Paste it into the page\'s HTML: a frame, and a script that sizes it.'],
  ['A newsroom (pym.js)', 'Paste it into the story; leave out the script if pym.js is on the page.'],
  ['Notion or Medium', 'Notion: type /embed and paste it. Medium: paste it on a line of its own.'],
];

test('on a phone, the embed menu gives each place its own code, by keyboard', () =>
  WidgetPage.use(env, `${MOUNT}?people=800&fn=sales`, async (w) => {
    const { page } = w;
    await page.getByRole('button', { name: 'Embed' }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('list', { name: 'Where will it go?' });
    await menu.waitFor();
    const choices = await menu.getByRole('listitem').evaluateAll((items) =>
      items.map((li) => [...li.querySelectorAll('span')].map((span) => span.textContent)));
    assert.deepEqual(choices, CHOICES);
    // Nothing runs off the side of a 360 px phone.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));

    // Tab from Embed to each Copy button in turn; Enter copies that place's code.
    const copied = [];
    for (const [name] of CHOICES) {
      do await page.keyboard.press('Tab');
      while (!(await page.evaluate(() => document.activeElement.getAttribute('aria-label')?.startsWith('Copy for '))));
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), `Copy for ${name}`);
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.keyboard.press('Enter');
      copied.push(await eventually(() => page.evaluate(() => navigator.clipboard.readText()), `nothing copied for ${name}`));
    }
    const origin = env.server.origin;
    const link = `${origin}${MOUNT}stage/late-stage/sales/?v=1&people=800&embed=0&theme=auto&bg=paper&fn=sales&preset=b2b-saas&sweet=none&autoplay=0`;
    const embedded = `${origin}${MOUNT}?v=1&amp;people=800&amp;embed=1&amp;theme=auto&amp;bg=paper&amp;fn=sales&amp;preset=b2b-saas&amp;sweet=none&amp;autoplay=0`;
    assert.equal(copied[0], link);
    assert.match(copied[1], new RegExp(`^\\{\\{< pm-scale-up src="${origin}${MOUNT}" people="800" fn="sales" height="\\d+" >\\}\\}$`));
    assert.match(copied[2], new RegExp(`^<iframe src="${embedded.replaceAll('?', '\\?')}" title="PM Scale-Up[^"]*" width="100%" height="\\d+" `));
    assert.equal(copied[3], `<div data-pym-src="${embedded}" data-pym-title="PM Scale-Up: how a product manager's job changes as a company grows"></div>\n<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`);
    assert.equal(copied[4], link);
    assert.equal(await page.locator('.share__status').textContent(), 'Link copied.');
    assert.deepEqual(w.troubles(), clean);
  }, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, permissions: ['clipboard-read', 'clipboard-write'] }));

test('where the clipboard is denied, the embed menu\'s code is shown selected', () =>
  WidgetPage.use(env, `${MOUNT}?people=40`, async (w) => {
    const { page } = w;
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('button', { name: 'Copy for Hugo' }).click();
    const field = page.getByLabel('Shortcode: this page may not use the clipboard here. It is selected below: press Ctrl+C or ⌘C to copy it.');
    await field.waitFor();
    const shortcode = await field.inputValue();
    assert.match(shortcode, /^\{\{< pm-scale-up src="http:\/\/127\.0\.0\.1:\d+\/widgets\/pm-scale-up\/" people="40" height="\d+" >\}\}$/);
    assert.deepEqual(await field.evaluate((el) => [el.selectionStart, el.selectionEnd, document.activeElement === el]), [0, shortcode.length, true]);
    assert.equal(await page.locator('.share__status').textContent(), '', 'nothing claims to be copied');
    assert.deepEqual(w.troubles(), clean);
  }, { viewport: { width: 360, height: 740 } }));

test('the host script ignores messages from other windows and malformed sizes', () => {
  // Two frames with nothing in them (nothing that fails to load, either: the console stays clean).
  pages['/blog/other/'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other</title>
    <link rel="icon" href="${MOUNT}favicon.svg"><script src="${MOUNT}embed.js"></script></head><body>
    <iframe id="a" title="a" height="100" src="about:blank"></iframe>
    <iframe id="b" title="b" height="100" src="about:blank"></iframe></body></html>`;
  return WidgetPage.use(env, 'blog/other/', async (host) => {
    const { page } = host;
    const heights = () => page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.clientHeight));
    const before = await heights();
    await page.evaluate(() => {
      // From the page itself, not from a frame: ignored.
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 600 }, '*');
      // From frame b, but malformed: ignored.
      const b = document.getElementById('b').contentWindow;
      window.dispatchEvent(new MessageEvent('message', { data: { sentinel: 'amp', type: 'embed-size', height: 'tall' }, source: b }));
      window.dispatchEvent(new MessageEvent('message', { data: { sentinel: 'x', type: 'embed-size', height: 300 }, source: b }));
      // From frame b and well-formed: only b grows.
      window.dispatchEvent(new MessageEvent('message', { data: { sentinel: 'amp', type: 'embed-size', height: 321 }, source: b }));
      // Messages arrive in the order they were posted: once this one has, so has the first.
      window.addEventListener('message', (e) => e.data === 'after the others' && (window.others = 'arrived'));
      window.postMessage('after the others', '*');
    });
    await page.waitForFunction(() => window.others === 'arrived');
    const afterwards = await heights();
    assert.equal(afterwards[0], before[0]);
    assert.equal(afterwards[1], 321);
    assert.deepEqual(host.troubles(), clean);
  }, { host: true });
});

for (const start of ['', 'stage/late-stage/']) {
  test(`on a phone, ${start || 'the main page'} served from a sub-path moves its address to stage pages and loads nothing from the wrong place`, () =>
    WidgetPage.use(env, `${MOUNT}${start}`, async (w) => {
      await w.press('End');
      await w.page.waitForURL(/\/widgets\/pm-scale-up\/stage\/hyperscale\/\?v=1&people=100000&/);
      // Over to Sales, a page one level deeper.
      await w.page.locator('.picker__toggle').click();
      await w.page.getByRole('radio', { name: 'Sales' }).check();
      await w.page.waitForURL(/\/widgets\/pm-scale-up\/stage\/hyperscale\/sales\/\?v=1&people=100000&/);
      await w.press('Home');
      await w.page.waitForURL(/\/widgets\/pm-scale-up\/stage\/founding-team\/sales\/\?v=1&people=1&/);
      await settled(w.page);
      assert.deepEqual(w.troubles(), clean, 'no 404 for the icon or anything else');
    }, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }));
}

test('"Which size suits me?" works in a sandboxed embed under the strict CSP, styled, and the frame grows with it', () =>
  WidgetPage.use(env, null, async (w) => {
    const { page } = w;
    pages['/blog/weigh/'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="${MOUNT}favicon.svg"></head>
      <body><h1>A post</h1>
      <iframe sandbox="allow-scripts" src="${MOUNT}?v=1&amp;people=60&amp;vs=50000&amp;embed=1" title="PM Scale-Up" width="100%" height="900"></iframe>
      <script src="${MOUNT}embed.js" async></script></body></html>`;
    await w.visit('/blog/weigh/');
    const frame = (await w.embed(0)).page;
    await frame.locator('.fit__list li').first().waitFor();
    // Its own stylesheet arrived: the tags have their width.
    await eventually(() => frame.locator('.fit__tag').first().evaluate((el) => el.getBoundingClientRect().width > 60), 'the panel is styled');
    const iframe = page.locator('iframe');
    await eventually(async () => (await iframe.evaluate((el) => el.clientHeight)) > 1200, 'the frame grows with the comparison');
    assert.deepEqual(w.troubles(), clean);
  }));
