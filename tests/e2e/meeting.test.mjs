// Taking the widget into a meeting: the table of who holds what, printing, and the picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { servedWidget, widgetReady, WidgetPage } from './harness.mjs';

const env = servedWidget();
const clean = { console: [], errors: [], foreign: [] };
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
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/stage/late-stage/sales/`);
  await page.getByText('Show as table').click();
  assert.equal(await page.locator('.holders caption').textContent(), 'Who holds what at Late stage, about 800 people');
  const rows = await table(page);
  assert.deepEqual(rows.map(([work, now]) => [work, now]), await board(page));
  await context.close();
});

test('printed, the page shows the board and the table on one A4 or Letter page, without the controls, in light colours', () =>
  WidgetPage.use(env, '?people=150&theme=dark', async (w) => {
    const { page } = w;
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.holders table').isVisible(), true, 'the table prints though it is closed');
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
  }));
