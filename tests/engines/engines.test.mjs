// The widget in the two engines besides Chromium's: Firefox (Gecko) and WebKit (Safari's engine),
// each driven through its own W3C WebDriver (geckodriver, and WebKitGTK's WebKitWebDriver with its
// MiniBrowser, under a virtual X display). The release dist/ is served over HTTP as in the
// end-to-end suite; what is checked is what a reader in those browsers would see: the page taken
// over by the WASM (which each engine is asked for after its own first-paint report, or at once
// where it has none), the keys, a pointer's drag, a shared link, a bad link's notice, the embed
// code on a host page in a sandboxed iframe that follows the widget's height, and a WASM that
// cannot load.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, Key } from '../../tools/node_modules/selenium-webdriver/index.js';
import { distFile, eventually, serve } from '../e2e/harness.mjs';

// Generous, as everything here waits for a condition rather than a time: a slow machine only
// takes longer to get there.
const PATIENCE = { timeout: 90000 };

/** WebKitGTK's MiniBrowser, in the library folder of this machine's architecture. */
function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  const found = readdirSync('/usr/lib')
    .map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));
  assert.ok(found, 'no MiniBrowser under /usr/lib/*/webkit2gtk-4.1/: run scripts/setup-engines.sh');
  return found;
}

const ENGINES = {
  Firefox: {
    driver: (port) => ['geckodriver', [`--port=${port}`, '--log=error']],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr', args: ['-headless'] },
    }),
  },
  WebKit: {
    // MiniBrowser opens a real (GTK) window: on a virtual display of its own.
    driver: (port) => ['xvfb-run', ['--auto-servernum', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
    }),
  },
};

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Starts the engine's WebDriver server and a session in it, once the server answers. */
async function startSession(engine) {
  const port = await freePort();
  const [command, args] = engine.driver(port);
  // In a process group of its own, so that the browser it starts stops with it.
  const server = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  server.stderr.on('data', (chunk) => { said = (said + chunk).slice(-2000); });
  // Not installed, or gone: said at once rather than after the wait.
  let gone = null;
  server.on('error', (error) => { gone = `${error.message} (scripts/setup-engines.sh installs it)`; });
  server.on('exit', (code) => { gone ??= `${command} ended (${code}): ${said}`; });
  const url = `http://127.0.0.1:${port}`;
  const end = () => {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  let driver;
  try {
    await eventually(
      async () => {
        if (gone) assert.fail(gone);
        return (await fetch(`${url}/status`).then((r) => r.json()).catch(() => null))?.value?.ready;
      },
      () => `${command} did not answer on port ${port}: ${said}`,
      PATIENCE,
    );
    driver = await new Builder().usingServer(url).withCapabilities(engine.capabilities()).build();
  } catch (error) {
    end();
    throw error;
  }
  const stop = async () => {
    await driver.quit().catch(() => {});
    end();
  };
  return { driver, stop };
}

/** What the widget in the current document shows, read in one script. */
function reading(driver) {
  return driver.executeScript(() => {
    const text = (selector) => document.querySelector(selector)?.textContent ?? null;
    const shown = (selector) => {
      const el = document.querySelector(selector);
      return Boolean(el && !el.hidden && el.getClientRects().length > 0);
    };
    return {
      interactive: document.documentElement.hasAttribute('data-interactive'),
      readout: text('.scale__value'),
      onPm: [...document.querySelectorAll('.lane__pm .chip')].map((chip) => chip.textContent),
      notices: [...document.querySelectorAll('.notice li')].map((li) => li.textContent),
      panic: shown('.panic-notice:not(.panic-notice--load)'),
      loadFailed: shown('#pmsu-load-failed'),
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      height: Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0),
    };
  });
}

/** Waits until the widget in the current document is interactive, and returns what it shows. */
async function whenInteractive(driver) {
  let last;
  await eventually(async () => (last = await reading(driver)).interactive, () => `never interactive: ${JSON.stringify(last)}`, PATIENCE);
  return last;
}

/** Waits until the readout says `words`, and returns what the widget shows then. */
async function whenReadout(driver, words) {
  let last;
  await eventually(async () => (last = await reading(driver)).readout === words, () => `the readout says ${JSON.stringify(last?.readout)}, not ${words}`, PATIENCE);
  return last;
}

const pages = {};
let site;
const sessions = {};
before(async () => {
  site = await serve({ pages });
  for (const [name, engine] of Object.entries(ENGINES)) sessions[name] = await startSession(engine);
});
after(async () => {
  for (const session of Object.values(sessions)) await session.stop();
  await site?.close();
});

for (const name of Object.keys(ENGINES)) {
  test(`${name}: the WASM takes over the page, and the keys move the work`, async () => {
    const { driver } = sessions[name];
    await driver.get(`${site.origin}/`);
    const first = await whenInteractive(driver);
    assert.equal(first.readout, 'Series B · about 150 people');
    assert.equal(first.panic || first.loadFailed, false, 'no notice of a failure');
    assert.ok(first.sideways <= 0, `${first.sideways}px sideways overflow`);

    await driver.findElement(By.css('.scale__input')).sendKeys(Key.PAGE_UP, Key.ARROW_RIGHT);
    const moved = await whenReadout(driver, 'Late stage · about 1,000 people');
    assert.ok(moved.onPm.length < first.onPm.length, `work left the PM: ${first.onPm} then ${moved.onPm}`);
    await eventually(async () => /\/stage\/late-stage\/\?v=1&people=1000&/.test(await driver.getCurrentUrl()), 'the address follows', PATIENCE);
  });

  test(`${name}: a drag to the end of the slider leaves the PM only the roadmap`, async () => {
    const { driver } = sessions[name];
    await driver.get(`${site.origin}/`);
    await whenInteractive(driver);
    const slider = await driver.findElement(By.css('.scale__input'));
    const { width } = await slider.getRect();
    // From the thumb (at 150 people, left of the middle) to the track's right end, by a real
    // pointer: press on the thumb, move in steps, release.
    const thumb = await driver.executeScript(() => {
      const input = document.querySelector('.scale__input');
      return Number(input.value) / Number(input.max);
    });
    const from = Math.round((thumb - 0.5) * width);
    const end = Math.floor(width / 2) - 1;
    const actions = driver.actions({ async: true }).move({ origin: slider, x: from, y: 0 }).press();
    for (let x = from + 40; x < end; x += 40) actions.move({ origin: slider, x, y: 0, duration: 20 });
    await actions.move({ origin: slider, x: end, y: 0, duration: 20 }).release().perform();
    const dragged = await whenReadout(driver, 'Hyperscale · about 100,000 people');
    await eventually(async () => (await reading(driver)).onPm.join() === 'Roadmap', async () => `on the PM: ${(await reading(driver)).onPm}`, PATIENCE);
    assert.equal(dragged.panic, false);
  });

  test(`${name}: a shared link opens its state, and a bad one opens a working widget with a notice`, async () => {
    const { driver } = sessions[name];
    await driver.get(`${site.origin}/?people=20000`);
    const shared = await whenInteractive(driver);
    assert.equal(shared.readout, 'Hyperscale · about 20,000 people');
    assert.deepEqual(shared.notices, []);

    await driver.get(`${site.origin}/?people=abc`);
    const bad = await whenInteractive(driver);
    assert.equal(bad.readout, 'Series B · about 150 people');
    assert.match(bad.notices.join(' '), /expected a whole number of people/);
    await driver.findElement(By.css('.scale__input')).sendKeys(Key.END);
    await whenReadout(driver, 'Hyperscale · about 100,000 people');
  });

  test(`${name}: embedded in a sandboxed iframe with its host script, it follows its own height`, async () => {
    const { driver } = sessions[name];
    const reserved = 400;
    pages['/post/'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head>
      <body><h1>A post</h1>
      <iframe sandbox="allow-scripts" src="${site.origin}/?v=1&amp;people=60&amp;embed=1" title="PM Scale-Up"
        width="100%" height="${reserved}" frameborder="0"></iframe>
      <script src="${site.origin}/embed.js" async></script></body></html>`;
    await driver.get(`${site.origin}/post/`);
    const iframe = await driver.findElement(By.css('iframe'));
    await driver.switchTo().frame(iframe);
    const inside = await whenInteractive(driver);
    assert.equal(inside.readout, 'Series A · about 60 people');
    await driver.switchTo().defaultContent();
    let frameHeight;
    await eventually(
      async () => Math.abs((frameHeight = await driver.executeScript(() => document.querySelector('iframe').clientHeight)) - inside.height) <= 1,
      () => `the frame is ${frameHeight}px for ${inside.height}px of widget`,
      PATIENCE,
    );
    assert.notEqual(frameHeight, reserved);
  });

  test(`${name}: a WASM that cannot load leaves the page as first drawn, and says so`, async () => {
    const { driver } = sessions[name];
    const wasm = `/${distFile(/^pm-scale-up-[0-9a-f]+_bg\.wasm$/)}`;
    let asked = 0;
    pages[wasm] = (req, res) => {
      asked += 1;
      res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
    };
    try {
      await driver.get(`${site.origin}/`);
      let last;
      await eventually(async () => (last = await reading(driver)).loadFailed, () => `no notice (requests for the WASM: ${asked}): ${JSON.stringify(last)}`, PATIENCE);
      assert.equal(last.interactive, false);
      assert.equal(last.readout, 'Series B · about 150 people', 'the prerendered board stays');
      const words = await driver.findElement(By.css('#pmsu-load-failed')).getText();
      assert.match(words, /The interactive part of this explainer could not load/);
    } finally {
      delete pages[wasm];
    }
  });
}
