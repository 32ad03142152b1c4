// Accessibility: axe-core (pinned in tools/) finds no violations in any state, in either theme, and
// every control can be reached and operated from the keyboard with a visible focus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { clean, servedWidget, WidgetPage } from './harness.mjs';

const AXE = fileURLToPath(new URL('../../tools/node_modules/axe-core/axe.min.js', import.meta.url));

const env = servedWidget();

/** Runs axe-core on the page and returns its violations as short, readable lines. */
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

/** Each state a reader can reach, and the steps that open it on a page object (none: every stage page). */
const STATES = [
  ['every stage page', null],
  ['embed mode', (w) => w.open('?embed=1&people=2000')],
  ['a link notice', (w) => w.open('?people=0&colour=red')],
  ['the Sales function', (w) => w.open('?fn=sales&people=800')],
  ['the consumer preset', (w) => w.open('?preset=consumer-app&people=60')],
  ['the developer-platform preset', (w) => w.open('?preset=developer-platform&people=300')],
  ['a marked sweet spot', (w) => w.open('?sweet=40-300')],
  ['a custom scenario (the sample file)', async (w) => {
    await w.open('?scenario=scenarios/design.json&people=800');
    await w.page.getByRole('radio', { name: 'Design' }).waitFor();
  }],
  ['a broken custom scenario', async (w) => {
    await w.open('?people=40#scenario=%7B%22format%22%3A1%7D');
    await w.page.getByText('At holder').or(w.page.getByText('the field “name” is missing')).first().waitFor();
  }],
  ['the open embed menu', async (w) => {
    await w.open('');
    await w.page.getByRole('button', { name: 'Embed' }).click();
    await w.page.locator('.embed-menu').waitFor();
  }],
  ['the embed menu\'s code to copy by hand', async (w) => {
    await w.open('?people=800');
    await w.page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await w.page.getByRole('button', { name: 'Embed' }).click();
    await w.page.getByRole('button', { name: 'Copy for A newsroom (pym.js)' }).click();
    await w.page.locator('#pmsu-copy-by-hand').waitFor();
  }],
  ['the copy-by-hand field', async (w) => {
    await w.open('');
    await w.page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await w.page.getByRole('button', { name: 'Copy link' }).click();
    await w.page.locator('#pmsu-copy-by-hand').waitFor();
  }],
  ['"Which size suits me?" with a comparison and work kept', async (w) => {
    await w.open('?people=60&vs=50000&keep=design,discovery,sales-calls&sweet=1-60');
    await w.page.locator('.fit__list').first().waitFor();
  }],
  ['"Which size suits me?" opened, nothing chosen, and a link\'s unknown work', async (w) => {
    await w.open('?fn=sales&keep=design');
    await w.page.locator('.fit__kept').getByText('The link asked to keep').waitFor();
  }],
  ['the table of who holds what, open', async (w) => {
    await w.open('?fn=sales&people=800');
    await w.page.getByText('Show as table').click();
  }],
  ['a playing tour', async (w) => {
    await w.open('');
    await w.page.getByRole('button', { name: '▶ Play the tour' }).click();
    // Contrast is judged on what rests on screen, not halfway through a fade: wait for the drag
    // hint to go and the first stage's chips and caption to settle (the next step is 3 s away).
    await w.page.locator('.scale__hint').waitFor({ state: 'hidden' });
    await w.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  }],
];
const STAGES = ['founding-team', 'seed', 'series-a', 'series-b', 'late-stage', 'public-company', 'hyperscale'];

for (const colorScheme of ['light', 'dark']) {
  for (const [name, open] of STATES) {
    test(`axe finds no violations: ${name}, ${colorScheme} theme`, () =>
      WidgetPage.use(env, null, async (w) => {
        if (open) {
          await open(w);
          assert.deepEqual(await violations(w.page), []);
        } else {
          for (const stage of STAGES) {
            await w.open(`stage/${stage}/`);
            assert.deepEqual(await violations(w.page), [], stage);
          }
        }
        assert.deepEqual(w.troubles(), clean);
      }, { colorScheme }));
  }
}

test('a keyboard-only reader reaches and operates every control, with a visible focus', () =>
  WidgetPage.use(env, '', async (w) => {
    const { page } = w;
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const label = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.value;
        return {
          what: `${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} ${label.trim().slice(0, 30)}`,
          visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          insideLabel: el.closest('label')?.matches(':has(:focus-visible)') ?? false,
        };
      });
    const reached = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (f.what.startsWith('body')) break;
      assert.ok(f.visible || f.insideLabel, `no visible focus on ${f.what}`);
      reached.push(f.what);
    }
    const expect = ['input[radio] Product', 'input[radio] B2B SaaS', 'button[button] ▶ Play the tour',
      'input[range] Company size', 'button[button] Founding team', 'button[button] Hyperscale',
      'a Read “Product Management Scale', 'summary Show as table', 'summary Which size suits me?',
      'button[button] Mark my sweet spot',
      'button[button] Copy link', 'button[button] Embed', 'button[button] Download image',
      'button[button] Download image as SVG'];
    for (const control of expect) assert.ok(reached.includes(control), `not reached: ${control} in ${reached.join(' | ')}`);

    // Operate them: the radio group with arrows, the slider with keys, a tick with Enter.
    await page.getByRole('radio', { name: 'B2B SaaS' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByRole('radio', { name: 'Consumer app' }).isChecked(), true);
    await w.press('End');
    assert.equal(await w.readout(), 'Hyperscale · about 100,000 people');
    await page.getByRole('button', { name: 'Seed' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await w.readout(), 'Seed · about 25 people');
    await page.locator('.holders summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.holders table').isVisible(), true, 'Enter on "Show as table" opens it');
    // The embed menu opens from the keyboard, and each of its Copy buttons is reached with a
    // visible focus.
    await page.getByRole('button', { name: 'Embed' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.embed-menu').waitFor();
    const copies = [];
    // Download image and SVG, then the five Copy buttons.
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      assert.ok(f.visible, `no visible focus on ${f.what}`);
      if (f.what.startsWith('button[button] Copy for ')) copies.push(f.what);
    }
    assert.deepEqual(copies, ['Copy for WordPress or Ghost', 'Copy for Hugo', 'Copy for Any HTML page',
      'Copy for A newsroom (pym.js)', 'Copy for Notion or Medium'].map((name) => `button[button] ${name}`));
    // "Which size suits me?" opens with Enter; its boxes tick with Space, and its field takes a size.
    await page.locator('.fit summary').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'QA', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.locator('.fit__kept').getByText('you keep it at').waitFor();
    await page.keyboard.press('Space');
    await page.locator('.fit__kept').getByText('Tick the work').waitFor();
    await page.getByLabel('Compare with a company of (people)').focus();
    await page.keyboard.type('5000');
    await page.keyboard.press('Enter');
    await page.locator('.fit__list').first().waitFor();
    // The tick started a sweet spot; clear it to mark one from here.
    await page.getByRole('button', { name: 'Clear my sweet spot' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Mark my sweet spot' }).focus();
    await page.keyboard.press('Enter');
    // Its handles come right after the slider in the tab order, and move by arrow keys.
    await page.locator('.scale__input').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Sweet spot, smallest size');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Sweet spot, largest size');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.match(await page.locator('.sweet__summary').textContent(), /^Your sweet spot: Seed \(25 to 30 people\);|^Your sweet spot: Seed to /);
    assert.deepEqual(w.troubles(), clean);
  }));
