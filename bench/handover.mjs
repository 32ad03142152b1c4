// What one slider step costs the main thread, from a DevTools trace (not a test: it prints figures).
// Run it with `bash scripts/bench.sh --handover`.
//
// Two kinds of step, by key presses on the slider of a 375x812 phone screen at 2x pixels, under CPU
// throttling (BENCH_THROTTLE, 4 by default, or `mid-tier` or `low-tier` as in sweep.mjs):
// - a handover: the slider goes back and forth across a size where one piece of work changes
//   hands, so each step renders a lane, measures the chips (FLIP) and starts a flight;
// - a quiet step: back and forth between two sizes of one stage where nobody's work changes, so
//   only the readout, the slider and the figures that name the size change.
// The presses come every PACE_MS, as in a slow drag, and the trace runs until every animation they
// started has finished, so the frames of the flight count too. Each category is each trace event's
// own time, divided by the number of presses. The address bar is written once the slider rests
// (250 ms), so once per burst, and is in every column alike.
//
// The sweep (sweep.mjs) says whether frames drop; this says what a step costs and where, with less
// noise: BENCH_AB=/other/dist puts a second build in the same run, its rounds alternating with
// this build's (HANDOVER_RUNS rounds each, 3 by default; the medians are printed, and each round
// of one build against the round of the other next to it, with a sign test: compare.mjs).
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';
import { TRACE_CATEGORIES, CATEGORIES, categoryBreakdown } from './trace.mjs';
import { throttle, describe } from './calibrate.mjs';
import { paired, describePaired } from './compare.mjs';

const RUNS = Math.max(1, Number.parseInt(process.env.HANDOVER_RUNS || '3', 10) || 3);
const PRESSES = 16;
const PACE_MS = 120;
const SCREEN = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 };
const BUILDS = [process.env.BENCH_DIST || DIST, ...(process.env.BENCH_AB ? [process.env.BENCH_AB] : [])];

/** What the board and the readout show: the lanes whose work has moved, and the stage's name. */
const shown = (page) => page.evaluate(() => ({
  peeled: document.querySelectorAll('.lane.is-peeled').length,
  stage: document.querySelector('.scale__stage')?.textContent,
}));

/** Moves the slider one step by key and waits until the page shows that position. */
async function step(page, key) {
  const before = await page.locator('.scale__input').inputValue();
  await page.keyboard.press(key);
  await page.waitForFunction((was) => document.querySelector('.scale__input').value !== was, before);
}

/**
 * From the smallest size up, the first position whose next step hands work over, and the first
 * whose next step changes neither the board nor the stage. Returns both, in presses of ArrowRight
 * from Home.
 */
async function findPositions(page) {
  await page.locator('.scale__input').focus();
  await page.keyboard.press('Home');
  let handover = null;
  let quiet = null;
  let now = await shown(page);
  for (let at = 0; at < 48 && (handover === null || quiet === null); at++) {
    await step(page, 'ArrowRight');
    const next = await shown(page);
    if (handover === null && next.peeled !== now.peeled) handover = at;
    if (quiet === null && next.peeled === now.peeled && next.stage === now.stage) quiet = at;
    now = next;
  }
  if (handover === null || quiet === null) throw new Error('bench: no handover or no quiet step found');
  return { handover, quiet };
}

/**
 * Until the last flight has landed and a frame has been drawn after it. Awaited, not polled:
 * Playwright's `waitForFunction` polls at every frame, and `getAnimations()` brings the style up to
 * date each time, so polling would add a style recalculation to every frame of the flight.
 */
async function landed(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Presses back and forth from `at`, traced, and returns the main thread's time per press. */
async function traceSteps(page, cdp, at) {
  await page.keyboard.press('Home');
  for (let i = 0; i < at; i++) await step(page, 'ArrowRight');
  // Home sends every chip it moves flying back, one after another, for up to a second; the trace
  // starts once they have landed, so the presses pay only for their own motion.
  await landed(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const events = [];
  const collect = (d) => events.push(...d.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  const start = Date.now();
  for (let i = 0; i < PRESSES; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
    const wait = start + (i + 1) * PACE_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await landed(page);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const { busy, parts } = categoryBreakdown(events);
  return { ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v / PRESSES])), busy: busy / PRESSES };
}

async function round(browser, origin) {
  const context = await browser.newContext(SCREEN);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/`);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const { handover, quiet } = await findPositions(page);
  const result = { handover: await traceSteps(page, cdp, handover), quiet: await traceSteps(page, cdp, quiet) };
  await context.close();
  return result;
}

const servers = [];
for (const root of BUILDS) servers.push(await serve({ root, compress: true }));
const browser = await launch();
const cpu = await throttle(browser);
const THROTTLE = cpu.rate;
try {
  const rounds = BUILDS.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    for (const [i, server] of servers.entries()) rounds[i].push(await round(browser, server.origin));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const label = (i) => (BUILDS.length > 1 ? `${'AB'[i]}: ` : '');
  console.log(`\nOne slider step's main-thread time at ${THROTTLE}x CPU throttling on a phone screen (375x812 at 2x pixels),`);
  console.log(`${PRESSES} key presses ${PACE_MS} ms apart, until the motion ends; ms per press, each event's own time,`);
  console.log(`median of ${RUNS} round${RUNS > 1 ? 's' : ''}${BUILDS.length > 1 ? ', the builds alternating' : ''}`);
  console.log(`- CPU: ${describe(cpu)}`);
  for (const [i, root] of BUILDS.entries()) console.log(`- ${label(i)}${root}`);
  const columns = BUILDS.flatMap((_, i) => [['handover', i], ['quiet', i]]);
  console.log(`\n| category | ${columns.map(([kind, i]) => `${label(i)}${kind === 'handover' ? 'a handover' : 'a quiet step'}`).join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---|').join('')}`);
  for (const key of [...Object.keys(CATEGORIES), 'busy']) {
    const name = key === 'busy' ? '**main thread busy**' : key;
    const cells = columns.map(([kind, i]) => median(rounds[i].map((r) => r[kind][key])).toFixed(1));
    console.log(`| ${name} | ${cells.map((c) => (key === 'busy' ? `**${c}**` : c)).join(' | ')} |`);
  }
  // Two builds: each round of A against the round of B next to it in time (compare.mjs).
  if (BUILDS.length > 1) {
    console.log(`\nA against B, main thread busy, each round against the round of the other next to it (${RUNS} pairs):`);
    console.log('A / B, median (min to max); how many pairs had which lower; the sign test (the chance of a split this uneven from noise alone)\n');
    console.log('| step | pair by pair | which was lower | sign test |\n|---|---|---|---|');
    for (const kind of ['handover', 'quiet']) {
      const busy = (i) => rounds[i].map((r) => r[kind].busy);
      const cells = describePaired(paired(busy(0), busy(1), { ratio: true }), (v) => `${v.toFixed(2)}x`);
      console.log(`| ${kind === 'handover' ? 'a handover' : 'a quiet step'} | ${cells.join(' | ')} |`);
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
