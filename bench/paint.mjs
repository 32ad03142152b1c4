// When the largest paint comes, in the reader's own browser (not a test: it prints figures). Run it
// with `bash scripts/bench.sh --paint`.
//
// The scene: headless Chromium on a 412 x 823 phone screen at device pixel ratio 2, 4x CPU
// throttling, the release dist/ served brotli-compressed from loopback. Each load records every
// `largest-contentful-paint` entry and the first contentful paint, until the widget is interactive.
// Printed for the home page and for a shared link (?people=800): the median and the loads, the
// element of the last entry. PAINT_RUNS loads of each (8 by default).
//
// BENCH_AB=/other/dist adds a second build: its loads alternate with this build's, in one browser,
// so both meet the same machine at the same time.
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';

const RUNS = Math.max(1, Number(process.env.PAINT_RUNS || 8));
const builds = [process.env.BENCH_DIST || DIST, ...(process.env.BENCH_AB ? [process.env.BENCH_AB] : [])];
const servers = await Promise.all(builds.map((root) => serve({ root, compress: true })));
const browser = await launch();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function load(origin, address) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.paints = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.paints.push([e.startTime, e.element?.className || e.element?.tagName || '']);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${origin}/${address}`);
    await page.waitForSelector('html[data-interactive]');
    return await page.evaluate(() => ({
      lcp: Math.round(window.paints.at(-1)?.[0] ?? NaN),
      element: window.paints.at(-1)?.[1] ?? '',
      fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
    }));
  } finally {
    await context.close();
  }
}

try {
  for (const address of ['', '?people=800']) {
    const seen = builds.map(() => []);
    for (let run = 0; run < RUNS; run++) {
      for (const [i, server] of servers.entries()) seen[i].push(await load(server.origin, address));
    }
    for (const [i, loads] of seen.entries()) {
      const lcp = loads.map((l) => l.lcp);
      const fcp = loads.map((l) => l.fcp);
      console.log(`/${address} ${builds[i]}`);
      console.log(`  LCP median ${median(lcp)} ms (${lcp.join(', ')}); FCP median ${median(fcp)} ms; ` +
        `element: ${[...new Set(loads.map((l) => l.element))].join(', ')}`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
