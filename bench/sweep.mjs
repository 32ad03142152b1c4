// The performance benchmark (not a test: it prints figures). Run it with `bash scripts/bench.sh`.
//
// The scene: headless Chromium, 4x CPU throttling through the DevTools protocol, the release dist/
// served brotli-compressed from loopback. A scripted mouse drag sweeps the slider across its whole
// range in 2 seconds. The baseline is the same sweep on a plain HTML page with a native range input
// and no WASM. Both are printed side by side, with their ratio.
import { serve, launch } from '../tests/e2e/harness.mjs';

const THROTTLE = 4;
const SWEEP_MS = 2000;
const FRAME_MS = 1000 / 60;

// A native range input and a line of text that follows it: what the widget is, without the WASM.
const BASELINE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head>
<body><label for="r">Company size</label><input id="r" class="scale__input" type="range" min="0" max="49" value="24"
style="display:block;width:90%;height:44px"><p id="out">24</p>
<script>r.addEventListener('input', () => { out.textContent = 'position ' + r.value; });</script></body></html>`;

// Installed before any page script: frame times, long tasks, and input-to-next-frame delays.
function instrument() {
  window.bench = { frames: [], longTasks: [], inputToFrame: [], recording: false, interactiveAt: null };
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
    requestAnimationFrame(() => requestAnimationFrame((t) => window.bench.inputToFrame.push(t - at)));
  }, true);
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

async function sweep(browser, url, ready) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
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
  await page.evaluate(() => { window.bench.recording = true; });
  const start = Date.now();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(box.x + 14 + ((box.width - 28) * i) / steps, y);
    const wait = start + i * FRAME_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await page.mouse.up();
  await page.waitForTimeout(400);
  const bench = await page.evaluate(() => { window.bench.recording = false; return window.bench; });
  await context.close();

  const intervals = bench.frames.slice(1).map((t, i) => t - bench.frames[i]);
  const missed = intervals.reduce((n, d) => n + Math.max(0, Math.round(d / FRAME_MS) - 1), 0);
  return {
    frames: bench.frames.length,
    dropped: missed,
    droppedPercent: (100 * missed) / (bench.frames.length + missed || 1),
    longTasks: bench.longTasks.length,
    longestTask: Math.max(0, ...bench.longTasks),
    p50: percentile(bench.inputToFrame, 50),
    p95: percentile(bench.inputToFrame, 95),
    inputs: bench.inputToFrame.length,
    ...paint,
  };
}

const server = await serve({ compress: true, pages: { '/baseline/': BASELINE } });
const browser = await launch();
try {
  const widget = await sweep(browser, `${server.origin}/`, (page) => page.locator('html[data-interactive]').waitFor({ state: 'attached' }));
  const baseline = await sweep(browser, `${server.origin}/baseline/`, (page) => page.locator('#r').waitFor());
  const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
  const rows = [
    ['frames during the sweep', widget.frames, baseline.frames],
    ['dropped frames (over 16.7 ms)', `${widget.dropped} (${widget.droppedPercent.toFixed(1)}%)`, `${baseline.dropped} (${baseline.droppedPercent.toFixed(1)}%)`],
    ['long tasks (over 50 ms)', widget.longTasks, baseline.longTasks],
    ['longest long task', ms(widget.longestTask), ms(baseline.longestTask)],
    ['input to next frame, p50', ms(widget.p50), ms(baseline.p50)],
    ['input to next frame, p95', ms(widget.p95), ms(baseline.p95)],
    ['input events measured', widget.inputs, baseline.inputs],
    ['first contentful paint', ms(widget.fcp), ms(baseline.fcp)],
    ['WASM arrived (responseEnd)', ms(widget.wasmArrived), 'no WASM'],
    ['interactive (hydrated)', ms(widget.interactive), ms(baseline.fcp)],
  ];
  const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b ? `${(a / b).toFixed(2)}x` : '');
  console.log(`\nSlider sweep in ${SWEEP_MS} ms at ${THROTTLE}x CPU throttling, dist/ served brotli from loopback\n`);
  console.log(`| figure | widget | plain range input | ratio |\n|---|---|---|---|`);
  const raw = { 'input to next frame, p50': [widget.p50, baseline.p50], 'input to next frame, p95': [widget.p95, baseline.p95], 'first contentful paint': [widget.fcp, baseline.fcp] };
  for (const [name, a, b] of rows) console.log(`| ${name} | ${a} | ${b} | ${raw[name] ? ratio(...raw[name]) : ''} |`);
  const targets = [
    ['no long tasks', widget.longTasks === 0],
    ['at most 1% dropped frames', widget.droppedPercent <= 1],
    ['p95 input to frame at most 16.7 ms', widget.p95 <= FRAME_MS],
    ['content painted before the WASM arrives', widget.fcp < widget.wasmArrived],
  ];
  console.log('\nTargets:');
  for (const [name, met] of targets) console.log(`- ${met ? 'met' : 'MISSED'}: ${name}`);
} finally {
  await browser.close();
  await server.close();
}
