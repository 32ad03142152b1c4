// What one small change to the page costs the browser before it can answer a read of the layout,
// on the widget's page and on a blank page (not a test: it prints figures). Run it with
// `bash scripts/bench.sh --floor`.
//
// A handover changes a few things at once (the chip shows on its role's side instead of the PM's,
// a lane and its role get a class, a few words change), and FLIP reads the layout right after.
// The question is how much of that read's cost is this page's markup and styles, and how much is
// the browser's own price for any change at all. So each change below is made, the layout is
// read, and the time is taken, one change per frame, back and forth; the same kinds of change are
// then made on a blank page.
//
// Unthrottled (no CPU throttling): under throttling Chrome pauses the page's thread in slices, so
// one short event takes anywhere from one to several times its time; medians of many presses
// (handover.mjs) absorb that, single events do not. The pages are cross-origin isolated, so the
// clock reads in microseconds rather than tenths of a millisecond. FLOOR_ROUNDS (100 by default)
// sets how many times each change is made.
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';

const ROUNDS = Math.max(10, Number.parseInt(process.env.FLOOR_ROUNDS || '100', 10) || 100);
const SCREEN = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 };
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
// A page with a paragraph, a box and the same kinds of rule as the widget's lanes, and nothing else.
const BLANK = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title>
<style>.box{display:flex;gap:6px}.chip,.spare{padding:2px 8px;border:1px solid #999}.spare{visibility:hidden}
.is-on{border-style:dashed;color:#444}</style>
</head><body><p id="text">24</p><div class="box"><span class="chip" id="left">Discovery</span>
<span class="spare" id="right">Discovery</span><span id="role">Researcher</span></div></body></html>`;

/**
 * In the page: each change (a function of `on`, true and false in turn) made ROUNDS times each way,
 * one per frame, followed by a read of the layout; the median time in microseconds.
 */
function measure({ rounds, changes }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const made = Object.fromEntries(Object.entries(changes).map(([name, body]) => [name, new Function('on', body)]));
  return (async () => {
    const times = Object.fromEntries(Object.keys(made).map((name) => [name, []]));
    for (let i = 0; i < 2 * rounds; i++) {
      for (const [name, change] of Object.entries(made)) {
        await frame();
        const start = performance.now();
        change(i % 2 === 0);
        document.body.getBoundingClientRect();
        times[name].push(performance.now() - start);
      }
    }
    const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
    return {
      isolated: self.crossOriginIsolated,
      us: Object.fromEntries(Object.entries(times).map(([name, values]) => [name, Math.round(1000 * median(values))])),
    };
  })();
}

// The widget at five people, where the PM holds every piece of work: its fourth lane's chip shows on
// the role's side and back, as a handover shows it (both places hold it; their classes say which
// one shows).
const WIDGET = {
  'nothing changes (the read alone)': '',
  'a chip shows on its role\'s side, its lane and role change class (a handover)': `
    const lane = document.querySelectorAll('.lane')[3];
    lane.querySelector('.lane__pm > :is(.chip, .chip-spare)').className = on ? 'chip-spare' : 'chip';
    lane.querySelector('.lane__spec > *').className = on ? 'chip' : 'chip-spare';
    lane.classList.toggle('is-peeled', on);
    lane.querySelector('.role').classList.toggle('is-hired', on);`,
  'a class that changes colours only (a role hired)': `document.querySelectorAll('.lane')[3].querySelector('.role').classList.toggle('is-hired', on);`,
  'one number changes (the readout)': `document.querySelector('.scale__people').firstChild.data = on ? '31 people' : '30 people';`,
};
const BLANK_CHANGES = {
  'nothing changes (the read alone)': '',
  'a chip shows on the other side, its box changes class': `
    document.getElementById('left').className = on ? 'spare' : 'chip';
    document.getElementById('right').className = on ? 'chip' : 'spare';
    document.getElementById('role').classList.toggle('is-on', on);`,
  'a class that changes colours only': `document.getElementById('role').classList.toggle('is-on', on);`,
  'one number changes': `document.getElementById('text').firstChild.data = on ? '31 people' : '30 people';`,
};

const server = await serve({ root: process.env.BENCH_DIST || DIST, headers: ISOLATED, pages: { '/blank.html': BLANK }, pageHeaders: ISOLATED });
const browser = await launch();
try {
  // The changes are sent as text and made into functions in the page, which the widget's own
  // script-src policy would refuse.
  const context = await browser.newContext({ ...SCREEN, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.origin}/?people=5`);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const widget = await page.evaluate(measure, { rounds: ROUNDS, changes: WIDGET });
  await page.goto(`${server.origin}/blank.html`);
  const blank = await page.evaluate(measure, { rounds: ROUNDS, changes: BLANK_CHANGES });
  await context.close();
  console.log(`\nOne change and a read of the layout, unthrottled, phone screen (375x812 at 2x pixels): median of`);
  console.log(`${2 * ROUNDS} changes each, one per frame, in microseconds${widget.isolated && blank.isolated ? '' : ' (the clock was coarse: the pages were not isolated)'}`);
  console.log('\n| change | the widget\'s page | a blank page |');
  console.log('|---|---|---|');
  const blankValues = Object.values(blank.us);
  for (const [i, [name, us]] of Object.entries(widget.us).entries()) {
    console.log(`| ${name} | ${us} | ${blankValues[i]} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
