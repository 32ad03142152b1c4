// Where the mobile Largest Contentful Paint's time goes, by Lighthouse (pinned in bench/package.json)
// on the release dist/ served brotli from loopback: the LCP, its element, its phases, what blocks
// render, and the requests on the critical path. Run it with `bash scripts/bench.sh --lcp`.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve, DIST } from '../tests/e2e/harness.mjs';

const server = await serve({ root: process.env.BENCH_DIST || DIST, compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const runs = Math.max(1, Number(process.env.LCP_RUNS || 3));
  const lcps = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = (await lighthouse(`${server.origin}/`, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' },
      { extends: 'lighthouse:default', settings: { formFactor: 'mobile' } })).lhr;
    lcps.push(last.audits['largest-contentful-paint'].numericValue);
  }
  const a = last.audits;
  console.log(`\nLighthouse mobile, ${runs} runs: LCP ${lcps.map((v) => `${Math.round(v)} ms`).join(', ')}; FCP ${a['first-contentful-paint'].displayValue}`);
  const element = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (element) console.log(`LCP element: ${element.nodeLabel} (${element.selector})`);
  for (const phase of a['largest-contentful-paint-element']?.details?.items?.[1]?.items ?? []) {
    console.log(`  ${phase.phase}: ${Math.round(phase.timing)} ms`);
  }
  console.log('Render-blocking:', (a['render-blocking-resources']?.details?.items ?? []).map((r) => `${r.url.split('/').pop()} (${Math.round(r.wastedMs)} ms)`).join(', ') || 'none');
  console.log('Requests before the LCP (start to end, ms, priority):');
  for (const r of a['network-requests']?.details?.items ?? []) {
    console.log(`  ${String(Math.round(r.networkRequestTime)).padStart(5)} to ${String(Math.round(r.networkEndTime)).padStart(5)} ${r.priority.padEnd(8)} ${r.url.split('/').pop() || '/'} (${Math.round(r.transferSize / 100) / 10} KB)`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
