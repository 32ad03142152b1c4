// Takes the README's screenshot from the real release build: node scripts/screenshot.mjs
// (after `trunk build --release`). Writes docs/screenshot.png, and docs/screenshot-mobile.png, and
// the panel "Which size suits me?" in a 720 px column: docs/screenshot-keep.png (work kept) and
// docs/screenshot-compare.png (60 against 50,000).
import { serve, launch, widgetReady } from '../tests/e2e/harness.mjs';

const server = await serve();
const browser = await launch();
try {
  for (const [file, viewport] of [
    ['docs/screenshot.png', { width: 1040, height: 900 }],
    ['docs/screenshot-mobile.png', { width: 360, height: 740 }],
  ]) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await page.goto(`${server.origin}/`);
    await widgetReady(page);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
    await page.close();
  }
  for (const [file, query] of [
    ['docs/screenshot-keep.png', '?people=60&keep=design,discovery,sales-calls&sweet=1-60'],
    ['docs/screenshot-compare.png', '?people=60&vs=50000'],
  ]) {
    const page = await browser.newPage({ viewport: { width: 720, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${server.origin}/${query}`);
    await widgetReady(page);
    await page.locator('.fit__kept:not(:empty)').waitFor();
    await page.locator('.fit').screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
