// When the largest paint comes, in the reader's own browser (not a test: it prints figures). Run it
// with `bash scripts/bench.sh --paint`.
//
// The scene: headless Chromium on a 412 x 823 phone screen at device pixel ratio 2, 4x CPU
// throttling, the release dist/ served brotli-compressed from loopback. Each load records every
// `largest-contentful-paint` entry and the first contentful paint, until the widget is interactive
// (`data-interactive` on the page: the WASM has rendered and answers the slider). Printed for the
// home page and for a shared link (?people=800): the medians and the loads, the element of the last
// entry. PAINT_RUNS loads of each (8 by default).
//
// BENCH_HTTP=2 serves over HTTP/2 (TLS, a throwaway certificate), as static hosts do.
// PAINT_NETWORK=slow loads over the network Lighthouse simulates for mobile (150 ms round trips,
// 1.6 Mbit/s down, 750 kbit/s up), where when the WASM is requested matters most.
//
// BENCH_AB=/other/dist adds a second build: its loads alternate with this build's, in one browser,
// so both meet the same machine at the same time; each load of A is then compared with the load of
// B next to it (compare.mjs).
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';
import { paired, describePaired } from './compare.mjs';

const RUNS = Math.max(1, Number(process.env.PAINT_RUNS || 8));
const SLOW = process.env.PAINT_NETWORK === 'slow';
const builds = [process.env.BENCH_DIST || DIST, ...(process.env.BENCH_AB ? [process.env.BENCH_AB] : [])];
const http2 = process.env.BENCH_HTTP === '2';
const servers = await Promise.all(builds.map((root) => serve({ root, compress: true, http2 })));
const browser = await launch();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function load(origin, address) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, ignoreHTTPSErrors: http2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (SLOW) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
      });
    }
    await page.addInitScript(() => {
      window.paints = [];
      new MutationObserver((_, observer) => {
        if (!document.documentElement.hasAttribute('data-interactive')) return;
        window.interactiveAt = performance.now();
        observer.disconnect();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-interactive'] });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.paints.push([e.startTime, e.element?.className || e.element?.tagName || '']);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${origin}/${address}`);
    await page.waitForSelector('html[data-interactive]');
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(() => ({
      lcp: Math.round(window.paints.at(-1)?.[0] ?? NaN),
      element: window.paints.at(-1)?.[1] ?? '',
      fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
      interactive: Math.round(window.interactiveAt ?? NaN),
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
      const interactive = loads.map((l) => l.interactive);
      console.log(`/${address} ${builds[i]}${http2 ? ', HTTP/2' : ''}${SLOW ? ', slow network' : ''}`);
      console.log(`  LCP median ${median(lcp)} ms (${lcp.join(', ')}); FCP median ${median(fcp)} ms; ` +
        `element: ${[...new Set(loads.map((l) => l.element))].join(', ')}`);
      console.log(`  interactive median ${median(interactive)} ms (${interactive.join(', ')})`);
    }
    if (seen.length === 2) {
      const ms = (v) => `${v > 0 ? '+' : ''}${Math.round(v)} ms`;
      for (const key of ['lcp', 'interactive']) {
        const [spread, split, p] = describePaired(paired(...seen.map((loads) => loads.map((l) => l[key]))), ms);
        console.log(`  ${key}, A minus B load by load: ${spread}; ${split}; sign test ${p}`);
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
