// Shared pieces of the end-to-end tests: a static server for the built dist/ and a Chromium page
// that records every console message, page error and request, so tests can assert there were none.
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
// The npm tools live in tools/ (pinned by its package-lock.json), not beside the tests.
import { chromium } from '../../tools/node_modules/playwright-core/index.mjs';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The name of the one file in dist/ that `pattern` matches, such as a module's name with its hash. */
export function distFile(pattern) {
  const names = readdirSync(DIST).filter((name) => pattern.test(name));
  assert.equal(names.length, 1, `${pattern} matches ${names.length} files in dist/`);
  return names[0];
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The headers a `_headers` file (Netlify / Cloudflare Pages format) gives every path: "/*" only. */
async function headersFile(root) {
  const headers = {};
  try {
    let inAll = false;
    for (const line of (await readFile(join(root, '_headers'), 'utf8')).split('\n')) {
      if (line.startsWith('#') || !line.trim()) continue;
      if (!/^\s/.test(line)) inAll = line.trim() === '/*';
      else if (inAll) {
        const [key, ...value] = line.trim().split(':');
        headers[key.trim()] = value.join(':').trim();
      }
    }
  } catch {
    // No _headers file: no extra headers.
  }
  return headers;
}

/**
 * Serves `root` on a free loopback port, under the path `mount` (e.g. "/widgets/pm-scale-up/"),
 * with the headers of its `_headers` file plus `headers`. `pages` maps other paths to HTML, such as
 * a host page, served with `pageHeaders`, or to a function `(req, res)` that answers by itself.
 */
export async function serve({ root = DIST, mount = '/', headers = {}, pages = {}, pageHeaders = {}, compress = false, http2 = false } = {}) {
  const fileHeaders = { ...(await headersFile(root)), ...headers };
  // With `compress`, files go out brotli-compressed (quality 11, as a static host would precompress).
  const compressed = new Map();
  const encode = (file, body, req) => {
    if (!compress || !/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) return [body, {}];
    if (!compressed.has(file)) {
      compressed.set(file, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return [compressed.get(file), { 'content-encoding': 'br' }];
  };
  const handle = async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (typeof pages[path] === 'function') {
      pages[path](req, res);
      return;
    }
    if (pages[path]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...pageHeaders });
      res.end(pages[path]);
      return;
    }
    if (!path.startsWith(mount)) {
      res.writeHead(404).end('not found');
      return;
    }
    const relative = path.slice(mount.length);
    const file = normalize(join(root, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const [body, encoding] = encode(file, await readFile(file), req);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...fileHeaders, ...encoding });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  };
  // With `http2`, over HTTP/2 and TLS, as static hosts serve files: one connection for all of them.
  const server = http2 ? createSecureServer(loopbackCertificate(), handle) : createServer(handle);
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const close = () => new Promise((resolve) => {
    server.close(resolve);
    for (const session of sessions) session.destroy();
  });
  return { origin: `${http2 ? 'https' : 'http'}://127.0.0.1:${port}`, close };
}

/** A self-signed certificate for 127.0.0.1, made once by `openssl`, for `serve({ http2: true })`. */
let certificate;
function loopbackCertificate() {
  if (!certificate) {
    const dir = mkdtempSync(join(tmpdir(), 'pm-scale-up-tls-'));
    const [key, cert] = ['key.pem', 'cert.pem'].map((name) => join(dir, name));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    certificate = { key: readFileSync(key), cert: readFileSync(cert) };
  }
  return certificate;
}

/** Headless Debian Chromium, with the flags that keep it off the (closed) network. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * What a good run leaves behind: no console error or warning, no uncaught error, no request to
 * another site. Compare `w.troubles()` with it.
 */
export const clean = Object.freeze({
  console: Object.freeze([]),
  errors: Object.freeze([]),
  foreign: Object.freeze([]),
});

/**
 * Every line a test may expect in the console or among the page's errors, in one place, each in
 * the exact words Chromium or the widget writes it. A test names the lines it expects
 * (`{ expect: { console: [logged.notFound(url)] } }`) and any other line fails it, however alike.
 */
export const logged = {
  // The browser's own lines about a file that did not load, with the file they are about (see
  // `watchedPage`), so that one expected failure cannot stand in for another.
  notFound: (url) => `error: Failed to load resource: the server responded with a status of 404 (Not Found) (${url})`,
  unavailable: (url) => `error: Failed to load resource: the server responded with a status of 503 (Service Unavailable) (${url})`,
  // A load the browser stopped itself, such as a redirect that a fetch said not to follow.
  refused: (url) => `error: Failed to load resource: net::ERR_FAILED (${url})`,
  /**
   * A Rust panic as the widget logs it: "panicked at" a place in the source (a path on the
   * machine that built it), the panic's `message`, and then the JavaScript stack, whose lines
   * depend on the build. The form is exact; only the place and the stack's lines may vary.
   */
  panic: (message) => ({
    form: `error: panicked at <file.rs:line:column>:\n${message}\n<stack>`,
    matches(line) {
      const [place, ...after] = line.split('\n');
      const said = after.join('\n');
      return /^error: panicked at \S+\.rs:\d+:\d+:$/.test(place)
        && said.startsWith(`${message}\n`)
        && said.slice(message.length + 1).split('\n').every((frame) => /^ {4}at \S/.test(frame));
    },
  }),
  // The page error a panic leaves: WebAssembly stops at the `unreachable` the panic ends in.
  trap: 'RuntimeError: unreachable',
  /**
   * The loader's line when the WASM or its glue did not load (`page::LOADER`), and then the
   * browser's reason, whose words are the browser's own.
   */
  loaderFailed: {
    form: 'error: PM Scale-Up could not load its WebAssembly, so the page stays as first drawn: <reason>',
    matches: (line) => line.startsWith('error: PM Scale-Up could not load its WebAssembly, so the page stays as first drawn: '),
  },
};

/**
 * A fresh page that records what a test must find empty, from every page and frame of its context:
 * console errors and warnings, uncaught errors, and requests to any origin other than `origin`.
 * Tests get theirs through `WidgetPage.use`, which checks what it recorded.
 */
async function watchedPage(browser, origin, options = {}) {
  const context = await browser.newContext(options);
  const problems = { console: [], errors: [], foreign: [] };
  context.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    // Chromium's line about a file that failed to load does not say which file: its location does.
    const about = msg.text().startsWith('Failed to load resource:') ? ` (${msg.location().url})` : '';
    problems.console.push(`${msg.type()}: ${msg.text()}${about}`);
  });
  context.on('weberror', (error) => problems.errors.push(String(error.error())));
  // CSP violations in any frame, reported back through the console as errors.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.foreign.push(url);
  });
  // Requests still under way, for `settled`.
  const pending = new Set();
  context.on('request', (req) => pending.add(req));
  context.on('requestfinished', (req) => pending.delete(req));
  context.on('requestfailed', (req) => pending.delete(req));
  inFlight.set(context, pending);
  const page = await context.newPage();
  return { page, context, problems };
}

const inFlight = new WeakMap();

/**
 * Polls `check` until it returns something truthy, and returns that; fails with `message()` (a
 * string, or a function that makes one) once `timeout` ms have passed. The timeout is a bound for
 * a slow machine, never a synchronisation: a passing check returns at once.
 */
export async function eventually(check, message, { timeout = 20000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) assert.fail(typeof message === 'function' ? await message() : message);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Waits until `target` (a page or a frame locator) has rendered `count` more frames. Only for a
 * document on screen: Chromium renders no frames for a hidden or clipped cross-origin frame.
 */
export function nextFrames(target, count = 2) {
  return target.locator('html').evaluate(
    (_, n) => new Promise((resolve) => {
      const tick = (left) => (left ? requestAnimationFrame(() => tick(left - 1)) : resolve());
      tick(n);
    }),
    count,
  );
}

/**
 * Waits until a page object's page has come to rest: no request of its context under way,
 * its fonts loaded, no animation running, and two frames rendered since. For tests that assert
 * something did not happen (no 404, no shift): they look once everything that could happen has.
 */
export async function settled(page) {
  const pending = inFlight.get(page.context()) ?? new Set();
  // Until a whole round finds nothing under way: what the page did meanwhile may have started more.
  for (let quiet = false; !quiet;) {
    await eventually(() => pending.size === 0, () => `requests still under way: ${[...pending].map((r) => r.url()).join(', ')}`);
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await nextFrames(page);
    quiet = pending.size === 0;
  }
}

/**
 * Waits until the widget is interactive: the WASM has taken over the prerendered page and marked
 * <html data-interactive>. `target` is a page or a frame locator.
 */
export async function widgetReady(target) {
  await target.locator('html[data-interactive]').waitFor({ state: 'attached' });
}

/**
 * For a test file: serves dist/ (with `options`, as `serve` takes them) and launches Chromium before
 * its tests, and closes both after. Read `.server` and `.browser` inside the tests.
 */
export function servedWidget(options) {
  const env = {};
  before(async () => {
    env.server = await serve(options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * The page object of the end-to-end tests: one widget page as a reader sees it. `use` opens it
 * (a query, or a path and query), runs the test's steps, checks what the page logged, and closes
 * its context in a `finally`, whatever happened; the steps read it as a person would.
 *
 *   await WidgetPage.use(env, '?people=40', async (w) => {
 *     assert.equal(await w.readout(), 'Series A · about 40 people');
 *     assert.deepEqual(await w.onPm(), [...]);
 *   });
 */
export class WidgetPage {
  /**
   * `page` is a Playwright page, or a frame locator for a widget embedded in one; `keyboard` is
   * the keyboard of the page that holds it; `scripted` is false when the browser runs no script,
   * so that there is no widget to wait for.
   */
  constructor(env, page, context, problems, { keyboard = page.keyboard, scripted = true } = {}) {
    Object.assign(this, { env, page, context, problems, keyboard, scripted });
  }

  /**
   * Opens `address` (relative to the server's origin: '?people=40', 'stage/seed/'; `null` opens
   * nothing, for steps that open their own), with `options` for the browser context;
   * `options.prepare(widget)` runs first, on the blank page (to listen for dialogs, say).
   * `options.host` says the address is a host page that embeds the widget: it is not waited for,
   * and `embed(i)` reads each embedded widget. With `javaScriptEnabled: false` no page is waited
   * for: the reader sees the prerendered page.
   *
   * Once the steps are done, the page must have logged nothing but what `options.expect` names
   * (`{ console: [...], errors: [...] }`, lines from `logged`), and asked no other site for
   * anything: every test checks the console, even one whose steps do not.
   */
  static async use(env, address, steps, { prepare, host = false, expect = {}, ...options } = {}) {
    const { page, context, problems } = await watchedPage(env.browser, env.server.origin, options);
    const widget = new WidgetPage(env, page, context, problems, { scripted: options.javaScriptEnabled !== false });
    try {
      await prepare?.(widget);
      if (host) await widget.visit(address);
      else if (address !== null) await widget.open(address);
      const result = await steps(widget);
      widget.assertTroubles(expect);
      return result;
    } finally {
      await context.close();
    }
  }

  /** An address relative to the server's origin ('?people=40', 'stage/seed/'), or a whole URL, as a whole URL. */
  url(address) {
    if (/^https?:/.test(address)) return address;
    const path = address.startsWith('?') || address.startsWith('#') ? `/${address}` : `/${address.replace(/^\//, '')}`;
    return `${this.env.server.origin}${path}`;
  }

  /**
   * Goes to `address` and returns the response, without waiting for the widget: for a host page,
   * or for steps that act before the WASM has arrived. `options` are Playwright's for `goto`.
   */
  visit(address, options) {
    return this.page.goto(this.url(address), options);
  }

  /** Waits until the widget on this page is interactive: the WASM has taken over the prerendered page. */
  ready() {
    return widgetReady(this.page);
  }

  /** Goes to another address and waits for the widget to be interactive (if scripts run at all). */
  async open(address = '') {
    await this.visit(address);
    if (this.scripted) await this.ready();
  }

  /**
   * Opens `address` in a new tab of the same browser, as a reader pasting a link would, and returns
   * its widget once it is interactive. What the tab logs is checked with this page's.
   */
  async inNewTab(address) {
    const tab = new WidgetPage(this.env, await this.context.newPage(), this.context, this.problems, { scripted: this.scripted });
    await tab.open(address);
    return tab;
  }

  /**
   * The `index`th widget embedded in this (host) page, once it is interactive: the same reading
   * methods, through its frame.
   */
  async embed(index) {
    const frame = this.page.frameLocator('iframe').nth(index);
    await widgetReady(frame);
    return new WidgetPage(this.env, frame, this.context, this.problems, { keyboard: this.keyboard });
  }

  /** The page's heading, such as "How a PM's job peels apart as the company grows". */
  heading() {
    return this.page.locator('h1').textContent();
  }

  /** The name on the holder's card and the holder's title, such as "Sales personAccount executive". */
  holder() {
    return this.page.locator('.board__holder').textContent();
  }

  /** What the stage readout says, such as "Series B · about 150 people". */
  readout() {
    return this.page.locator('.scale__value').textContent();
  }

  /** The responsibilities still on the PM's side of the board, top to bottom. */
  onPm() {
    return this.page.locator('.lane__pm .chip').allTextContents();
  }

  /** The roles that hold work now, top to bottom. */
  hired() {
    return this.page.locator('.role.is-hired').allTextContents();
  }

  /** The lines of the notice about what the link asked for and could not have. */
  notices() {
    return this.page.locator('.notice li').allTextContents();
  }

  /** What the screen-reader announcement says now, such as "Design returned to the PM.". */
  announced() {
    return this.page.locator('.live-region').textContent();
  }

  /** Presses keys on the slider, one after another. */
  async press(...keys) {
    await this.page.locator('.scale__input').focus();
    for (const key of keys) await this.keyboard.press(key);
  }

  /**
   * Presses "Copy link" and returns the link it copied. The context must have been granted
   * clipboard-read and clipboard-write.
   */
  async copiedLink() {
    await this.page.getByRole('button', { name: 'Copy link' }).click();
    await this.page.getByText('Link copied.').waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Console errors and warnings, uncaught errors and foreign requests so far: all empty on a good run. */
  troubles() {
    return this.problems;
  }

  /**
   * Asserts that the troubles so far are exactly those `expect` names: its `console` lines and page
   * `errors`, in order, each the exact text or a form from `logged`; and no request to another site.
   */
  assertTroubles({ console: lines = [], errors = [] } = {}) {
    // A line that fits its expected form is compared as that form; any other line, as itself.
    const seen = this.problems.console.map((line, i) => (lines[i]?.matches?.(line) ? lines[i] : line));
    assert.deepEqual({ ...this.problems, console: seen }, { console: lines, errors, foreign: [] });
  }
}
