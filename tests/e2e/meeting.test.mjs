// Taking the widget into a meeting: the table of who holds what, printing, and the picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clean, distFile, logged, servedWidget, WidgetPage } from './harness.mjs';

// Under the strict policy docs/embedding.md promises, as a page of its own and in a sandboxed frame.
const WIDGET_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const HOST_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'";
const host = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
  <link rel="icon" href="/favicon.svg"></head><body><h1>A post</h1>
  <iframe src="${src}" title="PM Scale-Up" sandbox="allow-scripts" width="700" height="1000"></iframe></body></html>`;
const env = servedWidget({
  headers: { 'content-security-policy': WIDGET_CSP },
  pages: { '/post/': host('/?v=1&embed=1&people=800&fn=sales&theme=dark') },
  pageHeaders: { 'content-security-policy': HOST_CSP },
});
const DESIGN = readFileSync(new URL('../../scenarios/design.json', import.meta.url), 'utf8');
const STAGES = ['founding-team', 'seed', 'series-a', 'series-b', 'late-stage', 'public-company', 'hyperscale'];
const KINDS = ['', 'sales/', 'consumer-app/', 'developer-platform/'];

/** Who holds each piece of work on the board, as the eye reads it: the role beside a peeled chip, else the holder's badge. */
function board(page) {
  return page.locator('.lane').evaluateAll((lanes) => {
    const badge = document.querySelector('.board__badge').textContent;
    return lanes.map((lane) => [
      lane.querySelector('.chip').textContent,
      lane.classList.contains('is-peeled') ? lane.querySelector('.role').textContent : badge,
    ]);
  });
}

/** The table's rows: the work, who holds it now, and who takes it over from what size. */
function table(page) {
  return page.locator('.holders tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent)));
}

for (const [name, address, sizes] of [
  ['Product', '?people=', [5, 150, 100000]],
  ['Sales', '?fn=sales&people=', [1, 300, 20000]],
  ['the sample custom scenario', '?scenario=scenarios/design.json&people=', [10, 150, 2000]],
]) {
  test(`the table says what the board shows, at three sizes: ${name}`, () =>
    WidgetPage.use(env, `${address}${sizes[0]}`, async (w) => {
      const { page } = w;
      const summary = page.getByText('Show as table');
      assert.equal(await page.locator('.holders table').isVisible(), false, 'closed until asked for');
      await summary.click();
      assert.equal(await page.locator('.holders table').isVisible(), true);
      for (const [i, people] of sizes.entries()) {
        if (i > 0) {
          await w.open(`${address}${people}`);
          await summary.click();
        }
        const rows = await table(page);
        assert.deepEqual(rows.map(([work, now]) => [work, now]), await board(page), `at ${people}`);
        const readout = (await w.readout()).replace(' · ', ', ');
        assert.equal(await page.locator('.holders caption').textContent(), `Who holds what at ${readout}`);
        for (const [, , later] of rows) assert.match(later, /^(.+, from ([\d,]+ people|the first person)|Nobody: it stays with the .+)$/);
      }
      assert.deepEqual(w.troubles(), clean);
    }));
}

test('the table follows the slider without a reload', () =>
  WidgetPage.use(env, '?people=20', async (w) => {
    const { page } = w;
    await page.getByText('Show as table').click();
    const before = await table(page);
    await w.press('End');
    assert.equal(await page.locator('.holders caption').textContent(), 'Who holds what at Hyperscale, about 100,000 people');
    const after = await table(page);
    assert.notDeepEqual(after, before);
    assert.deepEqual(after.map(([work, now]) => [work, now]), await board(page));
    assert.deepEqual(after.find(([work]) => work === 'Strategy'), ['Strategy', 'Strategy & Operations', 'Strategy & Operations, from 20,000 people']);
    assert.deepEqual(after.find(([work]) => work === 'Roadmap'), ['Roadmap', 'PM', 'Nobody: it stays with the PM']);
    assert.deepEqual(w.troubles(), clean);
  }));

test('every stage page holds its table in the HTML, and it opens with JavaScript off', async () => {
  for (const stage of STAGES) {
    for (const kind of KINDS) {
      const html = await (await fetch(`${env.server.origin}/stage/${stage}/${kind}`)).text();
      assert.match(html, /<details class="?holders"?><summary>Show as table<\/summary><table><caption>Who holds what at /, `${stage}/${kind}`);
      const lanes = html.match(/<li class="?lane[ ">]/g)?.length;
      assert.ok(lanes >= 12, `${stage}/${kind}: ${lanes} lanes`);
      assert.equal(html.match(/<th scope="?row"?>/g)?.length, lanes, `${stage}/${kind}: one row per lane`);
    }
  }
  await WidgetPage.use(env, 'stage/late-stage/sales/', async (w) => {
    const { page } = w;
    await page.getByText('Show as table').click();
    assert.equal(await page.locator('.holders caption').textContent(), 'Who holds what at Late stage, about 800 people');
    const rows = await table(page);
    assert.deepEqual(rows.map(([work, now]) => [work, now]), await board(page));
    assert.deepEqual(w.troubles(), clean);
  }, { javaScriptEnabled: false });
});

test('printed, the page shows the board and the table on one A4 or Letter page, without the controls, in light colours', () =>
  WidgetPage.use(env, '?people=150&theme=dark', async (w) => {
    const { page } = w;
    // Moved while the table is closed, which leaves the table as it was until someone sees it.
    await w.press('End');
    await page.emulateMedia({ media: 'print' });
    // The browser says so at its next frame (a change of the print media query), and the table
    // catches up then.
    await assert.doesNotReject(page.locator('.holders caption', { hasText: 'Who holds what at Hyperscale, about 100,000 people' }).waitFor(),
      'the printed table is the size on the slider');
    assert.equal(await page.locator('.holders table').isVisible(), true, 'the table prints though it is closed');
    assert.deepEqual((await table(page)).map(([work, now]) => [work, now]), await board(page));
    assert.equal(await page.locator('.holders').getAttribute('data-behind'), null);
    // Where printing comes before the page can catch the table up (a script that prints in the
    // middle of its own work), the table says it is behind, and no table is printed rather than a
    // wrong one.
    await page.locator('.holders').evaluate((el) => el.setAttribute('data-behind', ''));
    assert.equal(await page.locator('.holders table').isVisible(), false, 'a table behind the slider is printed');
    await page.locator('.holders').evaluate((el) => el.removeAttribute('data-behind'));
    assert.equal(await page.locator('.board').isVisible(), true);
    for (const control of await page.locator('button, input, select, textarea, summary, [role="button"]').all()) {
      assert.equal(await control.isVisible(), false, await control.evaluate((el) => el.outerHTML.slice(0, 80)));
    }
    const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const ink = await page.locator('.holders caption').evaluate((el) => getComputedStyle(el).color);
    assert.equal(paper, 'rgb(255, 255, 255)');
    assert.equal(ink, 'rgb(29, 29, 34)', 'dark ink on light paper, though the theme is dark');
    for (const format of ['A4', 'Letter']) {
      const pdf = (await page.pdf({ format })).toString('latin1');
      assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 1, `one ${format} page`);
    }
    assert.deepEqual(w.troubles(), clean);
  }));

/** Clicks `button` and returns the download it starts: its file name and its bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** A PNG's size, as the browser decodes it, how many colours a sample of its pixels has, and its top-left pixel. */
async function looks(context, png) {
  const page = await context.newPage();
  const seen = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4 * 101) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return { width: image.width, height: image.height, colours: colours.size, corner: `rgb(${data[0]}, ${data[1]}, ${data[2]})` };
  }, png.toString('base64'));
  await page.close();
  return seen;
}

for (const [address, name, stage, theme, link] of [
  ['?people=150&sweet=40-300', 'pm-scale-up-series-b-150', 'Series B · about 150 people', 'rgb(251, 250, 247)', 'stage/series-b/?v=1&amp;sweet=40-300'],
  ['?fn=sales&people=800&theme=dark', 'pm-scale-up-sales-late-stage-800', 'Late stage · about 800 people', 'rgb(20, 21, 25)', 'stage/late-stage/sales/?v=1&amp;theme=dark'],
]) {
  test(`the picture for slides is a 1600 x 900 PNG of the state, named for it, with its SVG: ${address}`, () =>
    WidgetPage.use(env, address, async (w) => {
      const { page, context } = w;
      const png = await download(page, 'Download image');
      assert.equal(png.name, `${name}.png`);
      assert.deepEqual(png.bytes.subarray(0, 8), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const seen = await looks(context, png.bytes);
      assert.deepEqual([seen.width, seen.height], [1600, 900]);
      assert.ok(seen.colours > 8, `${seen.colours} colours: not one flat colour`);
      assert.equal(seen.corner, theme, 'the paper of the theme');
      assert.equal(await page.locator('.share__status').textContent(), `Downloading ${name}.png.`);

      const svg = await download(page, 'Download image as SVG');
      assert.equal(svg.name, `${name}.svg`);
      const text = svg.bytes.toString('utf8');
      assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1600" height="900"/);
      assert.ok(text.includes(`>${stage}</text>`), 'it names the stage');
      const kept = await w.onPm();
      assert.ok(kept.length > 0);
      for (const work of kept) assert.ok(text.includes(`>${work.replace('&', '&amp;')}</text>`), `it shows that the holder keeps ${work}`);
      assert.ok(text.includes('“Product Management Scale Up”'), 'its source line names the post');
      assert.ok(text.includes(`>${env.server.origin}/${link}</text>`), 'and the shortest link to this state');
      // Which opens that state.
      const board = await w.onPm();
      await w.open(link.replaceAll('&amp;', '&'));
      assert.equal(await w.readout(), stage);
      assert.deepEqual(await w.onPm(), board);
      assert.deepEqual(w.troubles(), clean);
    }));
}

test('in a sandboxed frame, which may not download, the picture is shown in place, with no console error', () =>
  WidgetPage.use(env, 'post/', async (host) => {
    const widget = await host.embed(0);
    let downloads = 0;
    host.page.on('download', () => downloads++);
    await widget.page.getByRole('button', { name: 'Download image', exact: true }).click();
    const canvas = widget.page.locator('.share__picture canvas');
    await canvas.waitFor();
    assert.match(await widget.page.locator('.share__picture figcaption').textContent(), /right-click it to save it/);
    const seen = await canvas.evaluate((c) => {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      const colours = new Set();
      for (let i = 0; i < data.length; i += 4 * 101) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return { width: c.width, height: c.height, shown: c.getBoundingClientRect().width, colours: colours.size, label: c.getAttribute('aria-label') };
    });
    assert.deepEqual([seen.width, seen.height], [1600, 900]);
    assert.ok(seen.shown > 300 && seen.shown <= 700, `fits the frame: ${seen.shown} px wide`);
    assert.ok(seen.colours > 8);
    assert.equal(seen.label, "Late stage, about 800 people: Renewals, Contracts and pricing and 3 more are still the sales person's own; the sales person works with 7 specialist roles on the rest.");
    assert.equal(await widget.page.locator('.share__status').textContent(), 'The picture is shown below the buttons.');
    assert.equal(downloads, 0);
    // Moving on makes it stale: it goes.
    await widget.page.locator('.scale__input').press('ArrowRight');
    await canvas.waitFor({ state: 'detached' });
    assert.deepEqual(host.troubles(), clean);
  }, { host: true }));

test('the status says what was done last: a copied link, then a picture, then a copy again', () =>
  WidgetPage.use(env, '?people=150', async (w) => {
    const { page, context } = w;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    const status = page.locator('.share__status');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied.').waitFor();
    const png = await download(page, 'Download image');
    assert.equal(await status.textContent(), `Downloading ${png.name}.`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied.').waitFor();
    assert.deepEqual(w.troubles(), clean);
  }));

// The extras module's WebAssembly, which draws the picture, under its hashed name.
const EXTRAS_WASM = distFile(/^extras-[0-9a-f]+_bg\.wasm$/);

test('when the extras module fails to load, the reader is told, and the next click tries again', () => {
  const wasm = `${env.server.origin}/${EXTRAS_WASM}`;
  // The browser's line about the refused WASM is the only one: the script ran once, so there is no
  // "already declared" error on the second try.
  const expect = { console: [logged.unavailable(wasm)] };
  return WidgetPage.use(env, '?people=150', async (w) => {
    const { page } = w;
    await page.route(wasm, (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.getByRole('button', { name: 'Download image', exact: true }).click();
    await page.getByText('The picture could not be drawn here. Open the widget full size and try there.').waitFor();
    await page.unroute(wasm);
    const png = await download(page, 'Download image');
    assert.equal(png.name, 'pm-scale-up-series-b-150.png');
    w.assertTroubles(expect);
  }, { expect });
});
