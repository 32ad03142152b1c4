// Where the mobile Largest Contentful Paint's time goes, by Lighthouse (pinned in bench/package.json)
// on the release dist/ served brotli from loopback: the LCP, its element, its phases, what blocks
// render, and the requests on the critical path. Run it with `bash scripts/bench.sh --lcp`.
//
// BENCH_HTTP=2 serves over HTTP/2 (TLS, a throwaway certificate), as static hosts do: Lighthouse's
// simulation then puts every file on one connection, where they share its bandwidth.
// BENCH_AB=/other/dist runs a second build, its runs alternating with this build's.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve, DIST } from '../tests/e2e/harness.mjs';

const http2 = process.env.BENCH_HTTP === '2';
const builds = [process.env.BENCH_DIST || DIST, ...(process.env.BENCH_AB ? [process.env.BENCH_AB] : [])];
const servers = await Promise.all(builds.map((root) => serve({ root, compress: true, http2 })));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', ...(http2 ? ['--ignore-certificate-errors'] : [])],
});
try {
  const runs = Math.max(1, Number(process.env.LCP_RUNS || 3));
  const lcps = builds.map(() => []);
  const last = [];
  for (let i = 0; i < runs; i++) {
    for (const [k, server] of servers.entries()) {
      last[k] = (await lighthouse(`${server.origin}/`, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' },
        { extends: 'lighthouse:default', settings: { formFactor: 'mobile' } })).lhr;
      lcps[k].push(last[k].audits['largest-contentful-paint'].numericValue);
    }
  }
  for (const [k, build] of builds.entries()) {
    const a = last[k].audits;
    const protocol = a['network-requests']?.details?.items?.[0]?.protocol ?? '?';
    console.log(`\n${build}, served over ${protocol}`);
    console.log(`Lighthouse mobile, ${runs} runs: LCP ${lcps[k].map((v) => `${Math.round(v)} ms`).join(', ')}; FCP ${a['first-contentful-paint'].displayValue}`);
    const element = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    if (element) console.log(`LCP element: ${element.nodeLabel} (${element.selector})`);
    for (const phase of a['largest-contentful-paint-element']?.details?.items?.[1]?.items ?? []) {
      console.log(`  ${phase.phase}: ${Math.round(phase.timing)} ms`);
    }
    console.log('Render-blocking:', (a['render-blocking-resources']?.details?.items ?? []).map((r) => `${r.url.split('/').pop()} (${Math.round(r.wastedMs)} ms)`).join(', ') || 'none');
    const observed = a.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
    console.log(`The page's requests in the last observed load (start to end, ms, priority), its largest paint at ${Math.round(observed)} ms:`);
    for (const r of a['network-requests']?.details?.items ?? []) {
      console.log(`  ${String(Math.round(r.networkRequestTime)).padStart(5)} to ${String(Math.round(r.networkEndTime)).padStart(5)} ${r.priority.padEnd(8)} ${r.url.split('/').pop() || '/'} (${Math.round(r.transferSize / 100) / 10} KB)`);
    }
  }
} finally {
  await chrome.kill();
  await Promise.all(servers.map((s) => s.close()));
}
