// The performance benchmark (not a test: it prints figures). Run it with `bash scripts/bench.sh`.
//
// The scene: headless Chromium, 4x CPU throttling through the DevTools protocol, the release dist/
// served brotli-compressed from loopback. A scripted mouse drag sweeps the slider across its whole
// range in 2 seconds. The baseline is the same sweep on a plain HTML page with a native range input
// and no WASM. Both are printed side by side, with their ratio: the median and range of 5 runs. Then
// the first paint with the WASM held back, and where the slow tasks of one traced sweep go.
//
// BENCH_AB=/other/dist adds a second build to the same run (an A/B): its sweeps alternate with this
// build's and the baseline's, in one browser, so both meet the same machine at the same time.
// Then each run of A is set against the run of B next to it, with a sign test (compare.mjs).
// BENCH_TRACE=1 (`scripts/bench.sh --trace`) prints only where one sweep's main-thread time goes,
// by category (event dispatch, script, microtasks, style, layout, paint), for each build and the
// plain range input. BENCH_TRACE_DUMP=dir also writes each traced sweep's events there, for DevTools.
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';
import { TRACE_CATEGORIES, CATEGORIES, mainThread, categoryBreakdown } from './trace.mjs';
import { throttle, describe } from './calibrate.mjs';
import { paired, describePaired } from './compare.mjs';

// BENCH_THROTTLE: the CPU throttling rate, 4 by default; 1 runs the same scene at the machine's own
// speed, and `mid-tier` or `low-tier` finds the rate at which this machine is as fast as such a
// phone (calibrate.mjs). Worked out once the browser runs, below.
// BENCH_VIEWPORT=phone runs it on a 375x812 phone screen at device pixel ratio 2, where most
// readers are; the default is a 1000x900 desktop window.
const VIEWPORTS = {
  desktop: { viewport: { width: 1000, height: 900 } },
  phone: { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 },
};
const VIEWPORT = process.env.BENCH_VIEWPORT || 'desktop';
if (!VIEWPORTS[VIEWPORT]) throw new Error(`BENCH_VIEWPORT must be one of ${Object.keys(VIEWPORTS).join(', ')}`);
const SCREEN = VIEWPORTS[VIEWPORT];
const SWEEP_MS = 2000;
const FRAME_MS = 1000 / 60;

// A native range input and a line of text that follows it: what the widget is, without the WASM.
const BASELINE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head>
<body><label for="r">Company size</label><input id="r" class="scale__input" type="range" min="0" max="49" value="24"
style="display:block;width:90%;height:44px"><p id="out">24</p>
<script>r.addEventListener('input', () => { out.textContent = 'position ' + r.value; });</script></body></html>`;

// Installed before any page script: frame times, long tasks, input-to-next-frame delays, the
// delay from an input to the frame that shows the page's answer to it (the first change to the
// page's text after the input: the readout, the board), drawn, the delay from an input to the
// frame that shows its work changing hands on the board, and when the board's work changed hands
// or the stage's name changed, to tell which steps the dropped frames follow.
function instrument() {
  window.bench = { frames: [], longTasks: [], inputToFrame: [], inputToAnswer: [], inputToBoard: [], inputKinds: [], changes: [], recording: false, interactiveAt: null };
  let unanswered = null;
  // The latest input, marked once the board's work changes hands after it: the change comes in
  // the input's own task, or (a build that puts the board off until the thumb's frame is drawn) in
  // a task after it, which shows the latest input's size.
  let latest = null;
  const tick = (t) => {
    if (window.bench.recording) window.bench.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (window.bench.recording) window.bench.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('input', (e) => {
    if (!window.bench.recording) return;
    const at = e.timeStamp;
    const input = { handover: false, at };
    latest = input;
    requestAnimationFrame(() => requestAnimationFrame((t) => {
      window.bench.inputToFrame.push(t - at);
      window.bench.inputKinds.push(input.handover);
    }));
    unanswered ??= at;
  }, true);
  new MutationObserver((records) => {
    if (window.bench.recording) {
      const within = (selector) => records.some((r) => (r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest(selector));
      const kind = within('.lanes') ? 'handover' : within('.scale__stage') ? 'stage' : null;
      if (kind) window.bench.changes.push({ at: performance.now(), kind });
      if (kind === 'handover' && latest && !latest.handover) {
        latest.handover = true;
        const input = latest;
        requestAnimationFrame(() => requestAnimationFrame((t) => window.bench.inputToBoard.push(t - input.at)));
      }
    }
    if (unanswered === null) return;
    const at = unanswered;
    unanswered = null;
    requestAnimationFrame(() => requestAnimationFrame((t) => window.bench.inputToAnswer.push(t - at)));
  // Classes too: since 2026-12-04 a handover shows the chip in its new place by changing classes,
  // adding and removing nothing (builds before it added and removed the chip).
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  // Observed on the document: <html> may not exist yet when this runs.
  new MutationObserver(() => {
    if (!window.bench.interactiveAt && document.documentElement?.hasAttribute('data-interactive')) {
      window.bench.interactiveAt = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-interactive'] });
}

const percentile = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

// Where the slow tasks' time goes, from a DevTools trace of one more sweep: the main thread's tasks
// over one frame (16.7 ms), split into rendering steps (each the browser's own trace event) and
// everything else in them, which is script (the WASM, the glue, event dispatch).
const RENDERING = {
  'style recalculation': ['UpdateLayoutTree'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer'],
  'compositor commit': ['Commit'],
};
function slowTaskBreakdown(events) {
  const isMain = mainThread(events);
  const onMain = events.filter((e) => isMain(e) && e.ph === 'X' && e.dur);
  const slow = onMain.filter((e) => e.name === 'RunTask' && e.dur > FRAME_MS * 1000);
  const totals = Object.fromEntries(Object.keys(RENDERING).map((k) => [k, 0]));
  let all = 0;
  for (const task of slow) {
    all += task.dur;
    for (const e of onMain) {
      if (e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
      for (const [kind, names] of Object.entries(RENDERING)) if (names.includes(e.name)) totals[kind] += e.dur;
    }
  }
  const rendering = Object.values(totals).reduce((a, b) => a + b, 0);
  return { count: slow.length, all: all / 1000, parts: { 'script and the rest': (all - rendering) / 1000, ...Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v / 1000])) } };
}

async function sweep(browser, url, ready, { trace = false } = {}) {
  const context = await browser.newContext(SCREEN);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url);
  await ready(page);
  const paint = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    interactive: window.bench.interactiveAt ?? NaN,
    wasmArrived: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseEnd ?? NaN,
  }));

  const slider = page.locator('.scale__input');
  await slider.focus();
  await page.keyboard.press('Home');
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  const steps = Math.round(SWEEP_MS / FRAME_MS);
  await page.mouse.move(box.x + 14, y);
  await page.mouse.down();
  const events = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  }
  await page.evaluate(() => { window.bench.recording = true; });
  const start = Date.now();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(box.x + 14 + ((box.width - 28) * i) / steps, y);
    const wait = start + i * FRAME_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await page.mouse.up();
  await page.waitForTimeout(400);
  // A build without the board of lanes (such as ca7b050) moves work too, but the sweep cannot
  // tell its handovers: its steps are not split.
  const bench = await page.evaluate(() => {
    window.bench.recording = false;
    return { ...window.bench, lanes: !!document.querySelector('.lanes') };
  });
  if (trace) {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    // BENCH_TRACE_DUMP=dir writes each traced sweep's raw events, to open in DevTools' Performance panel.
    if (process.env.BENCH_TRACE_DUMP) {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(process.env.BENCH_TRACE_DUMP, { recursive: true });
      const name = `${process.env.BENCH_TRACE_DUMP}/${new URL(url).port}-${Date.now()}.json`;
      writeFileSync(name, JSON.stringify({ traceEvents: events }));
    }
  }
  await context.close();
  if (trace) return { slow: slowTaskBreakdown(events), categories: categoryBreakdown(events) };

  const intervals = bench.frames.slice(1).map((t, i) => t - bench.frames[i]);
  const missed = intervals.reduce((n, d) => n + Math.max(0, Math.round(d / FRAME_MS) - 1), 0);
  // Each late frame's dropped frames go to what changed while it was late: a handover (work
  // changed hands on the board), a change of stage's name, or neither (another step, or nothing).
  const droppedAfter = { handover: 0, stage: 0, other: 0 };
  intervals.forEach((d, i) => {
    const late = Math.max(0, Math.round(d / FRAME_MS) - 1);
    if (!late) return;
    const during = bench.changes.filter((c) => c.at > bench.frames[i] && c.at <= bench.frames[i + 1]);
    const kind = during.some((c) => c.kind === 'handover') ? 'handover' : during.length ? 'stage' : 'other';
    droppedAfter[kind] += late;
  });
  return {
    droppedAfter,
    handovers: bench.changes.filter((c) => c.kind === 'handover').length,
    frames: bench.frames.length,
    dropped: missed,
    droppedPercent: (100 * missed) / (bench.frames.length + missed || 1),
    longTasks: bench.longTasks.length,
    longestTaskIfAny: bench.longTasks.length ? Math.max(...bench.longTasks) : NaN,
    p50: percentile(bench.inputToFrame, 50),
    p95: percentile(bench.inputToFrame, 95),
    inputs: bench.inputToFrame.length,
    // The same delays, of the steps that hand work over and of those that do not.
    handoverInputs: bench.lanes ? bench.inputKinds.filter(Boolean).length : NaN,
    handoverP50: bench.lanes ? percentile(bench.inputToFrame.filter((_, i) => bench.inputKinds[i]), 50) : NaN,
    quietP95: bench.lanes ? percentile(bench.inputToFrame.filter((_, i) => !bench.inputKinds[i]), 95) : NaN,
    boardP50: bench.lanes ? percentile(bench.inputToBoard, 50) : NaN,
    boardP95: bench.lanes ? percentile(bench.inputToBoard, 95) : NaN,
    answerP50: percentile(bench.inputToAnswer, 50),
    answerP95: percentile(bench.inputToAnswer, 95),
    ...paint,
  };
}

// The first paint with the WASM held back for 3 s, as on a slow connection: if the page waited for
// the WASM, its first contentful paint would come after the WASM arrived.
const HOLD_WASM_MS = 3000;
async function paintWithoutWasm(browser, url) {
  const context = await browser.newContext(SCREEN);
  await context.addInitScript(instrument);
  await context.route(/\.wasm$/, async (route) => {
    await new Promise((r) => setTimeout(r, HOLD_WASM_MS));
    await route.continue().catch(() => {});
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const times = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    wasmArrived: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseEnd ?? NaN,
  }));
  await context.close();
  return times;
}

// One sweep varies from run to run by a long task or a few dropped frames on a shared machine, so
// the figures are the median of several runs (SWEEP_RUNS, 5 by default, at least 1), with their
// range. An odd count keeps the median one real run.
const RUNS = Math.max(1, Number.parseInt(process.env.SWEEP_RUNS || '5', 10) || 5);
const median = (values) => percentile(values, 50);

// BENCH_DIST=/some/dist measures another build in place of dist/; BENCH_AB=/other/dist measures a
// second one beside it, in the same run.
const BUILDS = [process.env.BENCH_DIST || DIST, ...(process.env.BENCH_AB ? [process.env.BENCH_AB] : [])];
const TRACE_ONLY = process.env.BENCH_TRACE === '1';
const servers = [];
for (const root of BUILDS) servers.push(await serve({ root, compress: true, pages: { '/baseline/': BASELINE } }));
const browser = await launch();
const cpu = await throttle(browser);
const THROTTLE = cpu.rate;
const interactive = (page) => page.locator('html[data-interactive]').waitFor({ state: 'attached' });
const baselineReady = (page) => page.locator('#r').waitFor();
const screen = `${SCREEN.viewport.width}x${SCREEN.viewport.height}${SCREEN.deviceScaleFactor ? ` at ${SCREEN.deviceScaleFactor}x pixels` : ''}`;
const scene = `in ${SWEEP_MS} ms at ${THROTTLE}x CPU throttling on a ${VIEWPORT} screen (${screen})`;
const cpuLine = `- CPU: ${describe(cpu)}`;
const names = BUILDS.map((root, i) => (BUILDS.length > 1 ? `${'AB'[i]}: ${root}` : root));

/** Prints where one traced sweep's main-thread time goes, by category, for each build and the baseline. */
async function traceTable() {
  const columns = [];
  for (const [i, server] of servers.entries()) columns.push((await sweep(browser, `${server.origin}/`, interactive, { trace: true })).categories);
  columns.push((await sweep(browser, `${servers[0].origin}/baseline/`, baselineReady, { trace: true })).categories);
  const heads = [...BUILDS.map((_, i) => (BUILDS.length > 1 ? `widget ${'AB'[i]}` : 'widget')), 'plain range input'];
  console.log(`\nWhere one traced sweep's main-thread time goes ${scene}, in ms (each event's own time)`);
  console.log(cpuLine);
  for (const name of names) console.log(`- ${name}`);
  console.log(`\n| category | ${heads.join(' | ')} |\n|---|${heads.map(() => '---|').join('')}`);
  for (const category of Object.keys(CATEGORIES)) {
    console.log(`| ${category} | ${columns.map((c) => c.parts[category].toFixed(0)).join(' | ')} |`);
  }
  console.log(`| **main thread busy** | ${columns.map((c) => `**${c.busy.toFixed(0)}**`).join(' | ')} |`);
}

try {
  if (TRACE_ONLY) {
    await traceTable();
  } else {
    const widgetRuns = BUILDS.map(() => []);
    const baselineRuns = [];
    // Interleaved: build A, build B, the baseline, then again, so a slow minute hits them all.
    for (let run = 0; run < RUNS; run++) {
      for (const [i, server] of servers.entries()) widgetRuns[i].push(await sweep(browser, `${server.origin}/`, interactive));
      baselineRuns.push(await sweep(browser, `${servers[0].origin}/baseline/`, baselineReady));
    }
    // The median of each figure over the runs, and "median (min to max)" to print it.
    const summary = (runs, key) => {
      const values = runs.map((r) => r[key]).filter(Number.isFinite);
      return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
    };
    const show = (runs, key, unit = '') => {
      const { median: m, min, max } = summary(runs, key);
      if (!Number.isFinite(m)) return 'n/a';
      const f = (v) => (unit ? `${v.toFixed(1)}${unit}` : `${Math.round(v)}`);
      return RUNS === 1 || min === max ? f(m) : `${f(m)} (${f(min)} to ${f(max)})`;
    };
    const ratio = (runs, key, baselineKey = key) => {
      const [x, y] = [summary(runs, key).median, summary(baselineRuns, baselineKey).median];
      return Number.isFinite(x) && Number.isFinite(y) && y ? `${(x / y).toFixed(2)}x` : '';
    };
    // A time and its ratio to the plain input's `baselineKey`; a build with no such steps shows n/a.
    const timeAgainst = (runs, key, baselineKey) => [show(runs, key, ' ms'), ratio(runs, key, baselineKey)].filter(Boolean).join(', ');
    // A page that never becomes interactive must not throw away the sweeps already measured.
    const held = [];
    for (const server of servers) {
      held.push(await paintWithoutWasm(browser, `${server.origin}/`).catch((error) => {
        console.error(`bench: the run with the WASM held back failed: ${error.message}`);
        return { fcp: NaN, wasmArrived: NaN };
      }));
    }
    const fmt = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
    const dropSplit = (runs) => ['handover', 'stage', 'other'].map((k) => runs.reduce((n, r) => n + r.droppedAfter[k], 0)).join(' / ');
    const each = (f) => widgetRuns.map((runs, i) => f(runs, i));
    const rows = [
      ['frames during the sweep', ...each((r) => show(r, 'frames')), show(baselineRuns, 'frames')],
      ['dropped frames (over 16.7 ms)', ...each((r) => show(r, 'droppedPercent', '%')), show(baselineRuns, 'droppedPercent', '%')],
      // Summed over the runs: which steps the dropped frames came with (a build without the board of
      // lanes, such as ca7b050, has no handover to count).
      ['dropped frames with a handover / a change of stage / neither, all runs', ...each((r) => dropSplit(r)), dropSplit(baselineRuns)],
      ['handovers during the sweep', ...each((r) => show(r, 'handovers')), 'none'],
      ['long tasks (over 50 ms)', ...each((r) => show(r, 'longTasks')), show(baselineRuns, 'longTasks')],
      // Over the runs that had one: a run without any would count as 0 ms.
      ['longest long task, in runs with one', ...each((r) => show(r, 'longestTaskIfAny', ' ms')), show(baselineRuns, 'longestTaskIfAny', ' ms')],
      ['input to next frame, p50', ...each((r) => `${show(r, 'p50', ' ms')}, ${ratio(r, 'p50')}`), show(baselineRuns, 'p50', ' ms')],
      ['input to next frame, p95', ...each((r) => `${show(r, 'p95', ' ms')}, ${ratio(r, 'p95')}`), show(baselineRuns, 'p95', ' ms')],
      ['input events measured', ...each((r) => show(r, 'inputs')), show(baselineRuns, 'inputs')],
      ['of which hand work over', ...each((r) => show(r, 'handoverInputs')), 'none'],
      // Against the plain input's p95 of all its steps (it hands nothing over). A step that hands
      // nothing over comes late too when it follows a handover whose work is not done.
      ['input to next frame, p95 of the steps that hand nothing over', ...each((r) => timeAgainst(r, 'quietP95', 'p95')), ''],
      ['input to next frame, p50 of the steps that hand work over', ...each((r) => timeAgainst(r, 'handoverP50', 'p95')), ''],
      // The frame in which the board shows the work changing hands: the next frame, or the one
      // after it in a build that answers a drag's handover with the readout first.
      ['input to the frame with its handover on the board, p50', ...each((r) => timeAgainst(r, 'boardP50', 'p95')), ''],
      ['input to the frame with its handover on the board, p95', ...each((r) => timeAgainst(r, 'boardP95', 'p95')), ''],
      ['input to the frame with its answer, p50', ...each((r) => `${show(r, 'answerP50', ' ms')}, ${ratio(r, 'answerP50')}`), show(baselineRuns, 'answerP50', ' ms')],
      ['input to the frame with its answer, p95', ...each((r) => `${show(r, 'answerP95', ' ms')}, ${ratio(r, 'answerP95')}`), show(baselineRuns, 'answerP95', ' ms')],
      ['first contentful paint', ...each((r) => show(r, 'fcp', ' ms')), show(baselineRuns, 'fcp', ' ms')],
      ['WASM arrived (responseEnd)', ...each((r) => show(r, 'wasmArrived', ' ms')), 'no WASM'],
      ['interactive (WASM rendered)', ...each((r) => show(r, 'interactive', ' ms')), show(baselineRuns, 'fcp', ' ms')],
      [`first contentful paint, WASM held back ${HOLD_WASM_MS / 1000} s (one run)`, ...held.map((h) => `${fmt(h.fcp)}, WASM at ${fmt(h.wasmArrived)}`), ''],
    ];
    console.log(`\nSlider sweep ${scene}, served brotli from loopback`);
    console.log(cpuLine);
    for (const name of names) console.log(`- ${name}`);
    console.log(`${RUNS} runs each, interleaved: median (min to max); p50 and p95 also as a ratio to the plain range input's median\n`);
    const heads = [...BUILDS.map((_, i) => (BUILDS.length > 1 ? `widget ${'AB'[i]}` : 'widget')), 'plain range input'];
    console.log(`| figure | ${heads.join(' | ')} |\n|---|${heads.map(() => '---|').join('')}`);
    for (const [name, ...cells] of rows) console.log(`| ${name} | ${cells.join(' | ')} |`);
    // Two builds: each of A's runs against the run of B next to it in time (compare.mjs).
    if (BUILDS.length > 1) {
      const [a, b] = widgetRuns;
      const pairOf = (key, options) => paired(a.map((r) => r[key]), b.map((r) => r[key]), options);
      const pairRows = [
        ['dropped frames, A - B, in percentage points', describePaired(pairOf('droppedPercent'), (v) => v.toFixed(1))],
        ['long tasks, A - B', describePaired(pairOf('longTasks'), (v) => `${Math.round(v)}`)],
        ['input to next frame, p95, A / B', describePaired(pairOf('p95', { ratio: true }), (v) => `${v.toFixed(2)}x`)],
      ];
      console.log(`\nA against B, each run against the run of the other next to it (${RUNS} pairs): median (min to max);`);
      console.log('how many pairs had which lower, and the sign test (the chance of a split this uneven from noise alone)\n');
      console.log('| figure | pair by pair | which was lower | sign test |\n|---|---|---|---|');
      for (const [name, cells] of pairRows) console.log(`| ${name} | ${cells.join(' | ')} |`);
    }
    // "met": every run meets the target; "met by most runs": more than half do (with an odd count,
    // the median run does); otherwise "MISSED". The count of runs is printed with each.
    const baselineP95 = summary(baselineRuns, 'p95').median;
    const targets = [
      ['no long tasks', (r) => r.longTasks === 0],
      ['at most 1% dropped frames', (r) => r.droppedPercent <= 1],
      ['p95 input to frame within 1.1x of the plain range input\'s median', (r) => r.p95 <= 1.1 * baselineP95],
    ];
    for (const [i, runs] of widgetRuns.entries()) {
      console.log(`\nTargets${BUILDS.length > 1 ? ` for build ${'AB'[i]}` : ''}:`);
      // From loopback the WASM may arrive before the first paint of an unhindered load, so the
      // target is checked where it means something: with the WASM held back, the paint must come first.
      console.log(`- ${held[i].fcp < held[i].wasmArrived ? 'met' : 'MISSED'}: content painted before the WASM arrives, with the WASM held back ${HOLD_WASM_MS / 1000} s`);
      for (const [name, meets] of targets) {
        const met = runs.filter(meets).length;
        const verdict = met === RUNS ? 'met' : met * 2 > RUNS ? 'met by most runs' : 'MISSED';
        console.log(`- ${verdict}: ${name} (${met} of ${RUNS} runs)`);
      }
    }

    // The largest cause of the misses: what the slow tasks spend their time on (one traced sweep of
    // the first build; tracing itself slows the page a little).
    const { slow } = await sweep(browser, `${servers[0].origin}/`, interactive, { trace: true });
    console.log(`\nWhere the slow tasks go (one traced sweep of ${names[0]}): ${slow.count} tasks over one frame, ${slow.all.toFixed(0)} ms in all\n`);
    console.log('| part | ms | share |\n|---|---|---|');
    for (const [part, ms] of Object.entries(slow.parts).sort((a, b) => b[1] - a[1])) {
      console.log(`| ${part} | ${ms.toFixed(0)} | ${slow.all ? ((100 * ms) / slow.all).toFixed(0) : 0}% |`);
    }
    await traceTable();
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
