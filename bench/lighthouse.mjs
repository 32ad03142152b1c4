// Lighthouse (pinned in bench/package.json) on the release dist/, served brotli-compressed from
// loopback, in mobile and desktop modes. Prints performance, accessibility, best practices and SEO.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/harness.mjs';

const server = await serve({ compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
try {
  console.log('\n| Lighthouse 12.8.2 | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|');
  for (const formFactor of ['desktop', 'mobile']) {
    const settings = formFactor === 'desktop'
      ? { formFactor, screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
          throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1 }, throttlingMethod: 'simulate' }
      : { formFactor };
    const result = await lighthouse(`${server.origin}/`, { port: chrome.port, output: 'json', onlyCategories: CATEGORIES, logLevel: 'error' },
      { extends: 'lighthouse:default', settings });
    const c = result.lhr.categories;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    console.log(`| ${formFactor} | ${CATEGORIES.map(score).join(' | ')} |`);
    for (const k of CATEGORIES) {
      if (score(k) < 100) {
        const failing = c[k].auditRefs
          .map((ref) => result.lhr.audits[ref.id])
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
        if (failing.length) console.log(`|   ${k} below 100: | ${failing.slice(0, 6).join(', ')} | | | |`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
