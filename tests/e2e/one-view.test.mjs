// One screen, one gesture: on a phone, in a blog's text column and on a desktop, the slider and all
// the work it moves are in one view, and a handover moves the work and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, servedWidget, WidgetPage } from './harness.mjs';

const env = servedWidget();

// Every built-in function and company type.
const SCENARIOS = ['fn=product&preset=b2b-saas', 'fn=product&preset=consumer-app', 'fn=product&preset=developer-platform', 'fn=sales'];
// The founding team, Series B and hyperscale; and every stage's typical size.
const ENDS = [1, 150, 100000];
const STAGES = [5, 20, 60, 150, 800, 5000, 50000];
// The most the slider's top may be above the lowest responsibility, by page width.
const SPAN_LIMIT = { 360: 560, 720: 620, 1100: 620 };

/** Runs `steps(widget)` on a page `width` × `height` px with nothing opened yet; closes it after. */
const at = (width, height, steps) => WidgetPage.use(env, null, steps, { viewport: { width, height } });

/** From the slider's top edge to the bottom of the lowest element showing a responsibility's name. */
const span = (page) => page.evaluate(() => {
  const top = document.querySelector('.scale__input').getBoundingClientRect().top;
  const names = [...document.querySelectorAll('[data-flip]')].map((el) => el.getBoundingClientRect().bottom);
  return Math.round(Math.max(...names) - top);
});

for (const width of [360, 720, 1100]) {
  test(`at ${width} px the slider and every responsibility fit in ${SPAN_LIMIT[width]} px, standalone and embedded`, async () => {
    await at(width, 900, async (w) => {
      const p = w.page;
      for (const scenario of SCENARIOS) {
        for (const people of ENDS) {
          for (const embed of [0, 1]) {
            const query = `v=1&people=${people}&embed=${embed}&${scenario}`;
            await w.open(`?${query}`);
            const measured = await span(p);
            assert.ok(measured <= SPAN_LIMIT[width], `${query}: ${measured} px from the slider to the last responsibility`);
          }
        }
      }
    });
  });
}

// WordPress keeps an embed between 200 and 1,000 px tall: on a phone and in a 600 px blog column.
for (const width of [360, 600]) {
  test(`embedded ${width} px wide, the whole widget is at most 1,000 px tall at every stage`, () =>
    at(width, 640, async (w) => {
      const p = w.page;
      for (const scenario of SCENARIOS) {
        for (const people of STAGES) {
          await w.open(`?v=1&embed=1&people=${people}&${scenario}`);
          const height = await p.evaluate(() => Math.ceil(document.querySelector('main').getBoundingClientRect().height));
          assert.ok(height <= 1000, `${scenario} at ${people}: ${height} px tall`);
        }
      }
    }));
}

// Where each part of the board is, and what shifted, through a whole sweep by keyboard.
async function sweepBoard(p) {
  await p.evaluate(() => {
    window.shifts = [];
    const record = (entries) => {
      for (const entry of entries) {
        for (const source of entry.sources ?? []) {
          // What moved as it was: text that grows where it stands (a count, the readout) or a chip
          // that gives way to its trace is a change of content, not a jump.
          const [a, b] = [source.previousRect, source.currentRect];
          const moved = (a.x !== b.x || a.y !== b.y) && a.width === b.width && a.height === b.height;
          const node = source.node?.nodeType === 1 ? source.node : source.node?.parentElement;
          if (moved && node?.closest('.scale__track, .ticks, .board')) window.shifts.push(node.className || node.tagName);
        }
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: false });
    // Every shift so far, with those not yet handed to the observer.
    window.allShifts = () => {
      record(observer.takeRecords());
      return window.shifts;
    };
  });
  const boxes = () => p.locator('.scale, .board, .board__head, .lanes, .lane, .role').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return [el.textContent.slice(0, 30), [r.left, r.top, r.width, r.height].map((v) => v.toFixed(1)).join(' ')];
    }),
  );
  await p.locator('.scale__input').focus();
  await p.keyboard.press('Home');
  const first = await boxes();
  const changed = [];
  for (const key of [...Array(49).fill('ArrowRight'), ...Array(49).fill('ArrowLeft')]) {
    await p.keyboard.press(key);
    const now = await boxes();
    now.forEach(([what, box], i) => box !== first[i][1] && changed.push(`${key}: ${what}: ${first[i][1]} -> ${box}`));
  }
  // Let the last flights land before reading the shifts.
  await p.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await nextFrames(p);
  return { changed, shifts: await p.evaluate(() => window.allShifts()) };
}

for (const width of [360, 720, 1100]) {
  test(`at ${width} px a full sweep and back moves no lane, role or part of the board, and shifts nothing`, async () => {
    await at(width, 900, async (w) => {
      const p = w.page;
      for (const scenario of ['fn=product&preset=b2b-saas', 'fn=sales']) {
        await w.open(`?v=1&people=150&${scenario}`);
        const { changed, shifts } = await sweepBoard(p);
        assert.deepEqual(changed.slice(0, 5), [], `${scenario}: ${changed.length} boxes changed`);
        assert.deepEqual(shifts, [], `${scenario}: layout shifts`);
      }
    });
  });
}

/** The names Chromium's accessibility tree exposes under the board, as a screen reader gets them. */
async function spoken(p) {
  const cdp = await p.context().newCDPSession(p);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const lists = nodes.filter((n) => n.role?.value === 'list' && /responsibilities/.test(n.name?.value ?? ''));
  assert.equal(lists.length, 1, 'one list of lanes');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const items = lists[0].childIds.map((id) => byId.get(id)).filter((n) => n && !n.ignored && n.role?.value === 'listitem');
  // The text a screen reader reads: every exposed text node, through wrappers it skips.
  const text = (node) => [
    node.role?.value === 'StaticText' && !node.ignored ? node.name?.value : null,
    ...(node.childIds ?? []).flatMap((id) => (byId.has(id) ? text(byId.get(id)) : [])),
  ].filter(Boolean);
  return items.map((item) => text(item).join(''));
}

test('a screen reader hears one line per responsibility, and nothing of a role not yet hired', () =>
  at(1100, 900, async (w) => {
    const p = w.page;
    await w.open('?v=1&people=1');
    const alone = await spoken(p);
    assert.equal(alone.length, 13);
    assert.equal(alone[0], 'Design: on the PM');
    assert.ok(alone.every((line) => line.endsWith(': on the PM')), alone.join('\n'));
    await w.open('?v=1&people=150');
    const later = await spoken(p);
    assert.equal(later[0], 'Design: with the Product Designer');
    assert.equal(later[6], 'Hands on Enablement: on the PM', 'Field Enablement Trainer is not hired yet, so not read');
    assert.ok(!later.join(' ').includes('Field Enablement Trainer'));
  }));

/** Words of the chips, roles, titles and tick labels that a line break cuts in two. */
const brokenWords = (p) => p.evaluate(() => {
  const broken = [];
  const selector = '.chip, .role, .board__holder, .board__interfaces, .ticks__button, .segment, .scale__value, h1, .gauge__caption .gauge__end';
  for (const el of document.querySelectorAll(selector)) {
    if (!el.getClientRects().length) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.getClientRects().length || node.parentElement.closest('.visually-hidden')) continue;
      for (const match of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(`${el.className}: ${match[0]}`);
      }
    }
  }
  return broken;
});

test('no chip, role or title breaks inside a word, from 320 to 1,400 px wide', async () => {
  for (const width of [320, 360, 640, 720, 1100, 1400]) {
    await at(width, 900, async (w) => {
      const p = w.page;
      for (const scenario of SCENARIOS) {
        for (const people of [1, 100000]) {
          await w.open(`?v=1&people=${people}&${scenario}`);
          assert.deepEqual(await brokenWords(p), [], `${width} px, ${scenario}, ${people} people`);
        }
      }
    });
  }
});

test('on a phone the stage ticks never touch', async () => {
  for (const width of [320, 360, 375]) {
    await at(width, 900, async (w) => {
      const p = w.page;
      await w.open('?v=1&people=150');
      const labels = await p.locator('.ticks__button').evaluateAll((buttons) => buttons.map((b) => {
        const label = [...b.children].find((span) => span.getClientRects().length);
        const r = label.getBoundingClientRect();
        return { text: label.textContent, left: r.left, right: r.right };
      }));
      for (let i = 1; i < labels.length; i++) {
        const gap = labels[i].left - labels[i - 1].right;
        assert.ok(gap >= 4, `${width} px: "${labels[i - 1].text}" and "${labels[i].text}" are ${gap.toFixed(1)} px apart`);
      }
    });
  }
});

test('a custom scenario with 24 responsibilities and 24 roles stays tidy on a 320 px phone', async () => {
  const roles = Array.from({ length: 24 }, (_, i) => ({ name: `Specialist in area number ${i + 1}`, family: 'design' }));
  const responsibilities = roles.map((role, i) => ({ name: `Responsibility with a long name ${i + 1}`, role: role.name, at: 2 + i * 400 }));
  const scenario = { format: 1, name: 'Crowded', holder: 'lead', holder_title: 'Founding lead', roles, responsibilities };
  await at(320, 640, async (w) => {
    const p = w.page;
    for (const people of [1, 5000, 100000]) {
      await w.open(`?v=1&people=${people}#scenario=${encodeURIComponent(JSON.stringify(scenario))}`);
      await p.locator('.lane').nth(23).waitFor();
      const tidy = await p.evaluate(() => {
        const boxes = [...document.querySelectorAll('.lane')].map((lane) => lane.getBoundingClientRect());
        const overlaps = boxes.filter((box, i) => i > 0 && box.top < boxes[i - 1].bottom - 0.5).length;
        const inside = [...document.querySelectorAll('.lane .chip, .lane .role')].every((el) => {
          const r = el.getBoundingClientRect();
          const lane = el.closest('.lane').getBoundingClientRect();
          return r.left >= lane.left - 0.5 && r.right <= lane.right + 0.5 && r.top >= lane.top - 0.5 && r.bottom <= lane.bottom + 0.5;
        });
        return { overlaps, inside, overflow: document.documentElement.scrollWidth - window.innerWidth };
      });
      assert.deepEqual(tidy, { overlaps: 0, inside: true, overflow: 0 }, `${people} people`);
    }
  });
});

test('on a phone the function and company type fold behind one button that names them', () =>
  at(360, 640, async (w) => {
    const p = w.page;
    await w.open('?v=1&people=150');
    const toggle = p.locator('.picker__toggle');
    assert.equal(await toggle.textContent(), 'Function: Product · B2B SaaS ▾');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await p.getByRole('radio', { name: 'Sales' }).isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await p.getByRole('radio', { name: 'Sales' }).check();
    assert.equal(await toggle.textContent(), 'Function: Sales ▴');
    assert.equal(await p.locator('.board__badge').textContent(), 'Sales person');
    await toggle.click();
    assert.equal(await p.getByRole('radio', { name: 'Product' }).isVisible(), false);
    // On a wide screen there is nothing to unfold: the groups are simply there.
    await p.setViewportSize({ width: 1100, height: 900 });
    assert.equal(await toggle.isVisible(), false);
    assert.equal(await p.getByRole('radio', { name: 'Product' }).isVisible(), true);
  }));

test('a short quote leaves no empty band in its caption', () =>
  at(375, 812, async (w) => {
    const p = w.page;
    for (const query of ['v=1&people=800&fn=sales', 'v=1&people=800', 'v=1&people=150']) {
      await w.open(`?${query}`);
      // The caption is as tall as its words and its padding, whatever the longest caption is.
      const band = await p.locator('.caption').evaluate((caption) => {
        const style = getComputedStyle(caption);
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        const words = [...caption.children].reduce((sum, el) => sum + el.getBoundingClientRect().height, 0);
        const gloss = parseFloat(getComputedStyle(caption.querySelector('.caption__gloss')).marginTop);
        return Math.round(caption.getBoundingClientRect().height - padding - words - gloss);
      });
      assert.ok(band <= 1, `${query}: ${band} px of empty band`);
    }
  }));

test('starting the tour, with its previous and next buttons, moves neither the slider nor the board', async () => {
  for (const width of [320, 360, 720]) {
    await at(width, 700, async (w) => {
      const p = w.page;
      await w.open('?v=1&people=150');
      const tops = () => p.evaluate(() => ['.scale__input', '.board'].map((s) => document.querySelector(s).getBoundingClientRect().top));
      const before = await tops();
      await p.locator('.tour').click();
      await p.locator('.tour-step').first().waitFor();
      assert.deepEqual(await tops(), before, `${width} px`);
    });
  }
});
