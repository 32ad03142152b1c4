// The Hugo shortcode, followed literally: copied into a fresh Hugo site, used twice in a post,
// built with Hugo, and the post served beside the widget's dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean, eventually, serve, launch, WidgetPage } from './harness.mjs';

const SHORTCODE = fileURLToPath(new URL('../../integrations/hugo/layouts/shortcodes/pm-scale-up.html', import.meta.url));

let site;
let server;
const pages = {};
/** Builds the Hugo site, as a writer would after adding a post. */
const hugo = () => execFileSync('hugo', ['--source', site, '--destination', join(site, 'public'), '--quiet'], { stdio: 'inherit' });
let browser;
before(async () => {
  site = mkdtempSync(join(tmpdir(), 'pm-scale-up-hugo-'));
  mkdirSync(join(site, 'layouts/shortcodes'), { recursive: true });
  mkdirSync(join(site, 'layouts/_default'), { recursive: true });
  mkdirSync(join(site, 'content/posts'), { recursive: true });
  cpSync(SHORTCODE, join(site, 'layouts/shortcodes/pm-scale-up.html'));
  writeFileSync(join(site, 'hugo.toml'), [
    'baseURL = "http://127.0.0.1/"',
    'disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
  ].join('\n'));
  writeFileSync(join(site, 'layouts/_default/single.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>' +
    '<link rel="icon" href="/widgets/pm-scale-up/favicon.svg"></head><body>{{ .Content }}</body></html>');
  writeFileSync(join(site, 'content/posts/scale-up.md'), [
    '---', 'title: "Product Management Scale Up"', '---',
    'Before the widgets.', '',
    '{{< pm-scale-up people="40" theme="dark" vs="50000" keep="design,discovery" >}}', '',
    'Between them.', '',
    '{{< pm-scale-up fn="sales" preset="consumer-app" sweet="40-300" >}}', '',
    'And a custom scenario.', '',
    '{{< pm-scale-up scenario="scenarios/design.json" people="5" >}}', '',
  ].join('\n'));
  hugo();
  pages['/posts/scale-up/'] = readFileSync(join(site, 'public/posts/scale-up/index.html'), 'utf8');
  server = await serve({ mount: '/widgets/pm-scale-up/', pages });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test('three shortcodes in a Hugo post give three working, auto-sized embeds and one host script', () =>
  WidgetPage.use({ browser, server }, 'posts/scale-up/', async (post) => {
    const { page } = post;
    assert.equal(await page.locator('iframe').count(), 3);
    assert.equal(await page.locator('script[src$="embed.js"]').count(), 1, 'the host script is written once');

    const [first, second, third] = [await post.embed(0), await post.embed(1), await post.embed(2)];
    assert.equal(await third.holder(), 'DesignerFounding designer');
    assert.equal((await third.onPm()).length, 11);
    assert.deepEqual(await third.notices(), []);
    assert.equal(await first.readout(), 'Series A · about 40 people');
    // A comparison and work to keep, from the shortcode's own parameters.
    await first.page.locator('.fit__list').first().waitFor();
    assert.deepEqual(await first.page.locator('input[name=keep]:checked').evaluateAll((boxes) => boxes.map((b) => b.value)),
      ['design', 'discovery']);
    assert.deepEqual(await first.notices(), []);
    assert.equal(await second.readout(), 'Series B · about 150 people');
    assert.equal(await second.holder(), 'Sales personAccount executive');
    assert.match(await second.page.locator('.sweet__summary').textContent(), /^Your sweet spot: Series A to Late stage/);
    assert.deepEqual(await second.notices(), [], 'the shortcode writes a link the widget reads in full');
    assert.equal(await first.page.locator('html').getAttribute('data-theme'), 'dark');

    // Each iframe takes its own content's height, not the reserved 900 px.
    for (const [index, frame] of [[0, first], [1, second], [2, third]]) {
      const iframe = page.locator('iframe').nth(index);
      const heights = () => Promise.all([
        iframe.evaluate((el) => el.clientHeight),
        frame.page.locator('main').evaluate((el) => Math.ceil(el.getBoundingClientRect().height)),
      ]);
      await eventually(async () => {
        const [outer, inner] = await heights();
        return Math.abs(outer - inner) <= 1;
      }, async () => `iframe ${index}: ${(await heights()).join('px for ')}px of content`);
    }
    assert.deepEqual(post.troubles(), clean);
  }, { host: true }));

test('the Embed menu\'s Hugo shortcode, pasted into a post, opens the widget as it was copied', () =>
  WidgetPage.use({ browser, server }, '/widgets/pm-scale-up/?people=800&fn=sales&sweet=40-300&theme=dark', async (w) => {
    const { page } = w;
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('button', { name: 'Copy for Hugo' }).click();
    await page.getByText('Shortcode copied.').waitFor();
    const shortcode = await page.evaluate(() => navigator.clipboard.readText());
    writeFileSync(join(site, 'content/posts/pasted.md'),
      ['---', 'title: "Pasted"', '---', 'Before the widget.', '', shortcode, ''].join('\n'));
    hugo();
    pages['/posts/pasted/'] = readFileSync(join(site, 'public/posts/pasted/index.html'), 'utf8');

    await w.visit('/posts/pasted/');
    const widget = await w.embed(0);
    assert.equal(await widget.readout(), 'Late stage · about 800 people');
    assert.equal(await widget.holder(), 'Sales personSales leader');
    assert.match(await widget.page.locator('.sweet__summary').textContent(), /^Your sweet spot: Series A to Late stage/);
    assert.equal(await widget.page.locator('html').getAttribute('data-theme'), 'dark');
    assert.deepEqual(await widget.notices(), []);
    const iframe = page.locator('iframe');
    const content = () => widget.page.locator('main').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await eventually(async () => Math.abs((await iframe.evaluate((el) => el.clientHeight)) - (await content())) <= 1,
      'the frame follows its content');
    assert.deepEqual(w.troubles(), clean);
  }, { permissions: ['clipboard-read', 'clipboard-write'] }));
