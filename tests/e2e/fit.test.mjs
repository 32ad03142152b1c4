// "Which size suits me?": two sizes side by side (vs=) and the work the reader wants to keep
// (keep=), shown by the extras module in the release build, as a reader uses them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distFile, eventually, logged, servedWidget, WidgetPage } from './harness.mjs';

const env = servedWidget();

/** The panel's parts as a reader reads them. */
const panel = (w) => ({
  open: () => w.page.getByText('Which size suits me?').click(),
  kept: () => w.page.locator('.fit__kept').textContent(),
  lists: () =>
    w.page.locator('.fit__list').evaluateAll((lists) =>
      lists.map((list) => [...list.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim())),
    ),
  ticked: () => w.page.locator('input[name=keep]:checked').evaluateAll((boxes) => boxes.map((b) => b.value)),
  sweet: () => w.page.locator('.sweet__summary').textContent(),
});

test('60 against 50,000 lists what is the PM’s own and who works with the PM, marked by size', () =>
  WidgetPage.use(env, '?people=60&vs=50000', async (w) => {
    const p = panel(w);
    await w.page.locator('.fit__list').first().waitFor();
    const [own, roles] = await p.lists();
    assert.deepEqual(own, [
      'both Roadmap',
      ...['Discovery', 'Strategy', 'Enablement Content', 'Hands on Enablement', 'Data analysis', 'Sales Calls',
        'Story writing', 'Engineering planning', 'Everything else'].map((work) => `only at 60 ${work}`),
    ]);
    assert.deepEqual(roles.slice(0, 4), [
      'both Product Designer: Design',
      'both QA Engineer: QA',
      'both Product Marketing Manager: Product Marketing',
      'only at 50,000 Sales Engineer: Sales Calls',
    ]);
    assert.equal(roles.length, 12);
    assert.match(await w.page.locator('.fit__titles').textContent(), /At 60 \(Series A\): Product Manager\. At 50,000 \(Hyperscale\): Product Manager for one feature area\./);
    // On a phone, the whole comparison fits the width: no sideways scroll.
    await w.page.setViewportSize({ width: 360, height: 800 });
    await eventually(async () => (await w.page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no sideways scroll at 360 px');
  }));

test('typing a second size compares it and puts it in the link; "Stop comparing" takes it out', () =>
  WidgetPage.use(env, '?people=800', async (w) => {
    const p = panel(w);
    await p.open();
    const field = w.page.getByLabel('Compare with a company of (people)');
    const stop = w.page.getByRole('button', { name: 'Stop comparing' });
    await w.page.locator('.fit__kept:not(:empty)').waitFor();
    assert.equal(await stop.count(), 0, 'nothing is compared yet, so there is nothing to stop');
    await field.fill('60');
    await field.press('Enter');
    await w.page.locator('.fit__list').first().waitFor();
    assert.match(await w.page.locator('.fit__change').textContent(), /^In this example, from 60 to 800 the PM would hand over \d+ pieces of work/);
    await w.page.waitForURL(/vs=60/);
    await stop.click();
    await w.page.locator('.fit__list').first().waitFor({ state: 'detached' });
    await w.page.waitForURL((url) => !url.search.includes('vs='));
    await stop.waitFor({ state: 'hidden' });
  }));

test('ticking design, discovery and sales calls marks the sizes where they are kept, by keyboard', () =>
  WidgetPage.use(env, '', async (w) => {
    const p = panel(w);
    await p.open();
    for (const name of ['Design', 'Discovery', 'Sales Calls']) {
      await w.page.getByRole('checkbox', { name, exact: true }).focus();
      await w.keyboard.press('Space');
    }
    await eventually(async () => (await p.sweet())?.startsWith('Your sweet spot: Founding team to Series A (1 to 60 people)'), 'the sweet spot starts from the ticks');
    assert.equal(
      await p.kept(),
      'In this example, you keep all 3 at 1 to 20 people (Founding team to Seed), with 0 specialists. You keep 2 of 3 at 25 to 60 people (Seed to Series A), with 1 to 3 specialists. On the slider’s track, the line inside your sweet spot marks where you keep all of it.'.replace('’', "'"),
    );
    // On the track, a line inside the band is where all three are kept: 1 to 20 people, the
    // ladder's first 13 of 50 steps.
    const mark = w.page.locator('.scale__band .scale__keep');
    await eventually(async () => (await mark.count()) === 1 && (await mark.getAttribute('width')) === String(Math.floor(12000 / 49)), 'the line marks 1 to 20 people');
    assert.equal(await mark.getAttribute('x'), '0');
    // The range is in words in a live region, not only in colour.
    assert.equal(await w.page.locator('.fit__kept').getAttribute('role'), 'status');
    await w.page.waitForURL(/keep=design%2Cdiscovery%2Csales-calls&/);
    // Focus stays on the last box ticked.
    assert.equal(await w.page.evaluate(() => document.activeElement.value), 'sales-calls');
    // Dragging the sweet spot wider keeps the ticks, and the panel says what the new range keeps.
    await w.page.getByRole('slider', { name: 'Sweet spot, largest size' }).focus();
    for (let i = 0; i < 4; i++) await w.keyboard.press('ArrowRight');
    await eventually(async () => (await p.kept()).includes('Your sweet spot, 1 to 150 people'), async () => `the panel follows the handles: ${await p.kept()}`);
    assert.deepEqual(await p.ticked(), ['design', 'discovery', 'sales-calls']);
  }));

test('a link’s unknown ids to keep are named and the rest are ticked', () =>
  WidgetPage.use(env, '?keep=design,prospecting', async (w) => {
    const p = panel(w);
    await w.page.locator('.fit__kept').getByText('The link asked to keep “prospecting”').waitFor();
    assert.deepEqual(await p.ticked(), ['design']);
  }));

test('Sales and a custom scenario are weighed by their own work', async () => {
  await WidgetPage.use(env, '?fn=sales&people=10&vs=1000', async (w) => {
    await w.page.locator('.fit__list').first().waitFor();
    const [, roles] = await panel(w).lists();
    assert.ok(roles.includes('only at 1,000 Regional Sales: Territories'), roles.join('\n'));
  });
  await WidgetPage.use(env, '?scenario=scenarios/design.json&people=40&keep=custom-work-4', async (w) => {
    const p = panel(w);
    await eventually(async () => (await p.ticked()).join() === 'custom-work-4', 'the scenario’s own id is ticked');
    assert.match(await p.kept(), /^In this example, you keep it at 1 to 120 people/);
  });
});

test('with a comparison open, the table of holders has a column for the second size, and the picture names it', () =>
  WidgetPage.use(env, '?people=60&vs=50000', async (w) => {
    await w.page.getByText('Show as table').click();
    const heads = await w.page.locator('.holders thead th').allTextContents();
    assert.deepEqual(heads.slice(-1), ['Held at 50,000 by']);
    const row = (work) => w.page.locator('.holders tbody tr', { has: w.page.getByRole('rowheader', { name: work, exact: true }) }).locator('td').allTextContents();
    assert.deepEqual(await row('Discovery'), ['PM', 'UX Researcher, from 150 people', 'UX Researcher']);
    assert.deepEqual(await row('Roadmap'), ['PM', 'Nobody: it stays with the PM', 'PM']);
    const [file] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'Download image as SVG', exact: true }).click(),
    ]);
    const svg = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
    assert.ok(svg.includes('>Product, B2B SaaS · compared with 50,000 people</text>'), 'the picture names the second size');
    assert.ok(svg.includes('In this example, from 60 to 50,000 the PM would hand over 9 pieces of work and work with 9 more specialists.</title>'));
  }, { acceptDownloads: true }));

test('a stage page with vs= opens at its stage, compares, and keeps the stage’s preview', () =>
  WidgetPage.use(env, 'stage/late-stage/?vs=60', async (w) => {
    await w.page.locator('.fit__list').first().waitFor();
    assert.match(await w.page.locator('.fit__titles').textContent(), /^At 800 \(Late stage\): Senior Product Manager\. At 60 \(Series A\): Product Manager\./);
    assert.match(await w.page.locator('meta[property="og:title"]').getAttribute('content'), /^Late stage: the PM's job at about 800 people/);
  }));

for (const [width, height] of [[360, 740], [720, 800]]) {
  test(`at ${width} px a tick and a typed size each show their effect without scrolling, and move no control`, () =>
    WidgetPage.use(env, '?people=60', async (w) => {
      const { page } = w;
      await page.setViewportSize({ width, height });
      await panel(w).open();
      const box = page.getByRole('checkbox', { name: 'Design', exact: true });
      await box.waitFor();
      // The reader has scrolled the panel's question to the top of the screen.
      await page.locator('.fit__keep').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const inView = (selector) =>
        page.locator(selector).first().evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        });
      const top = (locator) => locator.evaluate((el) => el.getBoundingClientRect().top);
      const before = await top(box);
      await box.click();
      await page.locator('.fit__kept').getByText('you keep it at').waitFor();
      assert.ok(await inView('.fit__kept'), 'the sentence about the tick is on screen');
      assert.equal(await top(box), before, 'the box stays under the finger');
      const field = page.getByLabel('Compare with a company of (people)');
      await field.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const fieldTop = await top(field);
      await field.fill('50000');
      await field.press('Enter');
      await page.locator('.fit__change').waitFor();
      assert.ok(await inView('.fit__change'), 'what changes is on screen');
      assert.ok(await inView('.fit__list li'), 'the first row of the list is on screen');
      assert.equal(await top(field), fieldTop, 'the field stays in place');
    }));
}

test('when the code that shows the panel cannot be loaded, the panel says so and the widget still works', () => {
  const refused = `${env.server.origin}/${distFile(/^extras-[0-9a-f]+\.js$/)}`;
  const expect = { console: [logged.notFound(refused)] };
  return WidgetPage.use(env, null, async (w) => {
    await w.page.route(refused, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await w.open('?people=60');
    await panel(w).open();
    await w.page.locator('.fit').getByText('This part of the widget could not be loaded here. Reload the page to try again.').waitFor();
    await w.press('Home');
    assert.equal(await w.readout(), 'Founding team · 1 person');
    w.assertTroubles(expect);
  }, { expect });
});
