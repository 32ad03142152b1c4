// Takes the README's screenshot from the real release build: node scripts/screenshot.mjs
// (after `trunk build --release`). Writes docs/screenshot.png, and docs/screenshot-mobile.png.
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
} finally {
  await browser.close();
  await server.close();
}
