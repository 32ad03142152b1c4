// Readable before WebAssembly: the prerendered pages, the WASM taking over from them, shared links,
// stage pages with link previews, and zero layout shift, standalone and embedded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean, distFile, eventually, logged, nextFrames, servedWidget, settled, WidgetPage } from './harness.mjs';

const pages = {};
const env = servedWidget({ pages });

const STAGES = [
  ['founding-team', 'Founding team · 5 people', 13],
  ['seed', 'Seed · about 25 people', 12],
  ['series-a', 'Series A · about 60 people', 10],
  ['series-b', 'Series B · about 150 people', 6],
  ['late-stage', 'Late stage · about 800 people', 4],
  ['public-company', 'Public company · about 5,000 people', 2],
  ['hyperscale', 'Hyperscale · about 50,000 people', 1],
];

/**
 * Sums layout shifts (as CLS counts them) from the start of the page, in every frame. The page's
 * `totalLayoutShift()` also counts the shifts recorded but not yet handed to the observer, so a
 * test reads them all without waiting for the observer's next turn.
 */
function recordLayoutShift({ context }) {
  return context.addInitScript(() => {
    window.layoutShift = 0;
    const sum = (entries) => entries.reduce((total, e) => total + (e.hadRecentInput ? 0 : e.value), 0);
    const observer = new PerformanceObserver((list) => {
      window.layoutShift += sum(list.getEntries());
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    window.totalLayoutShift = () => {
      window.layoutShift += sum(observer.takeRecords());
      return window.layoutShift;
    };
  });
}

// A reader whose browser runs no script: the page object waits for no widget.
const NO_SCRIPT = { javaScriptEnabled: false };

test('with JavaScript off, a reader sees the stage, the PM, the roles and the post\'s words', () =>
  WidgetPage.use(env, '', async (w) => {
    const { page } = w;
    assert.equal(await w.readout(), 'Series B · about 150 people');
    assert.equal((await w.onPm()).length, 6);
    assert.equal((await w.hired()).length, 7);
    assert.equal(await page.locator('.chip').count(), 13);
    assert.match(await page.locator('.caption .caption__quote').textContent(), /move to interfacing with those functions/);
    assert.ok(await page.locator('.board').isVisible());
    assert.deepEqual(w.troubles(), clean);
  }, NO_SCRIPT));

for (const [slug, readout, onPm] of STAGES) {
  test(`the ${slug} page is prerendered in its state, with its own link preview`, () =>
    WidgetPage.use(env, null, async (w) => {
      const { page } = w;
      const response = await w.visit(`stage/${slug}/`);
      assert.equal(response.status(), 200);
      assert.equal(await w.readout(), readout);
      assert.equal((await w.onPm()).length, onPm);
      const stage = readout.split(' · ')[0];
      assert.match(await page.title(), new RegExp(`^${stage}: the PM's job at`));
      const meta = (selector) => page.locator(selector).getAttribute('content');
      assert.match(await meta('meta[name="description"]'), new RegExp(`^${readout.replace(' · ', ', ')}`));
      assert.equal(await page.locator('link[rel="canonical"]').getAttribute('href'), `http://127.0.0.1:8080/stage/${slug}/`);
      assert.equal(await meta('meta[property="og:image"]'), `http://127.0.0.1:8080/stage/${slug}/og.png`);
      assert.equal(await meta('meta[property="og:image:width"]'), '1200');
      assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
      assert.equal(await meta('meta[property="og:title"]'), await page.title());
      // The preview image is there, a 1200x630 PNG.
      const image = await page.request.get(`${env.server.origin}/stage/${slug}/og.png`);
      assert.equal(image.status(), 200);
      const png = await image.body();
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
      // Its stylesheet resolves from two folders down: the page is styled, not bare.
      const styled = await page.locator('.lanes').evaluate((el) => getComputedStyle(el).borderLeftWidth);
      assert.equal(styled, '3px');
      assert.deepEqual(w.troubles(), clean);
    }, NO_SCRIPT));
}

test('while a link is pending, nothing of the widget shows through', () =>
  WidgetPage.use(env, '', async ({ page }) => {
    // What static/early.js sets until the link's state applies.
    await page.evaluate(() => document.documentElement.setAttribute('data-link-pending', ''));
    const showing = await page.evaluate(() =>
      [...document.querySelectorAll('#app *')].filter((el) => getComputedStyle(el).visibility === 'visible').map((el) => el.className),
    );
    assert.deepEqual(showing, []);
  }));

// When the page asked for the widget's glue and WASM, and how: the resource entries of both.
const wasmRequests = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .filter((e) => /\/pm-scale-up-[^/]*(\.js|_bg\.wasm)$/.test(e.name))
  .map((e) => ({ file: e.name.endsWith('.wasm') ? 'wasm' : 'glue', at: e.startTime, by: e.initiatorType })));

test('the WASM is requested once the whole page has painted, and at once where a link hides the widget', async () => {
  // The prerendered page is whole: the WASM waits for its largest paint, so that it does not
  // compete with the page's own files.
  for (const path of ['', 'stage/late-stage/sales/']) {
    await WidgetPage.use(env, path, async (w) => {
      const { paints } = await w.page.evaluate(() => ({ paints: window.paints }));
      const requests = await wasmRequests(w.page);
      assert.deepEqual(requests.map((r) => r.file).sort(), ['glue', 'wasm'], `/${path}: each file once`);
      for (const r of requests) {
        assert.ok(r.at >= paints[0].at, `/${path}: the ${r.file} at ${r.at} ms, before the largest paint at ${paints[0].at} ms`);
      }
      assert.deepEqual(w.troubles(), clean);
    }, { prepare: recordIntro, viewport: { width: 412, height: 823 } });
  }
  // A link that asks for its own state shows the widget only once the WASM has applied it: the
  // pre-paint script preloads both files before anything is painted.
  for (const address of ['?people=800', '?embed=1&people=150', 'stage/seed/?theme=dark']) {
    await WidgetPage.use(env, address, async (w) => {
      // (Embedded, nothing shows before the WASM has run: the first paint may follow `ready`.)
      const first = await eventually(() => w.page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime),
        `${address}: a first contentful paint`);
      const requests = await wasmRequests(w.page);
      assert.deepEqual(requests.map((r) => r.file).sort(), ['glue', 'wasm'], `${address}: each file once`);
      // (Chromium names a module preload's initiator "script", a fetch preload's "link".)
      assert.equal(requests.find((r) => r.file === 'wasm').by, 'link', `${address}: the WASM preloaded`);
      for (const r of requests) {
        assert.ok(r.at < first, `${address}: the ${r.file} at ${r.at} ms, after the first paint at ${first} ms`);
      }
      assert.deepEqual(w.troubles(), clean);
    });
  }
});

test('where no paint is reported, the widget still starts', async () => {
  // A browser that never reports this page's paints (here: Chromium told to drop the reports of
  // the kinds in `dropped`, as a frame that is never drawn would).
  const dropReports = (dropped) => ({ context }) => context.addInitScript((kinds) => {
    const observe = PerformanceObserver.prototype.observe;
    PerformanceObserver.prototype.observe = function (options) {
      if (!kinds.includes(options?.type)) observe.call(this, options);
    };
  }, dropped);
  const BOTH = ['paint', 'largest-contentful-paint'];
  const loaderFile = new RegExp(`/${distFile(/^boot-[0-9a-f]+\.js$/)}$`);
  const scenes = [
    // [scene, the reports dropped, a script before the page's own, a step after load]
    ['a browser that reports the first paint but not the largest', ['largest-contentful-paint']],
    ['a browser without paint reports', BOTH, () => {
      Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { get: () => ['resource'] });
    }],
    ['a page loaded out of sight', BOTH, () => {
      Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden' });
    }],
    ['the visibility of the page changing before a paint is reported', BOTH, null,
      (page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))],
    ['a reader pressing a key', BOTH, null, (page) => page.keyboard.press('Tab')],
    ['a reader touching the page', BOTH, null, (page) => page.locator('.intro__lede').click()],
  ];
  for (const [scene, dropped, before, after] of scenes) {
    await WidgetPage.use(env, null, async (w) => {
      const { page } = w;
      if (before) await w.context.addInitScript(before);
      await w.visit('');
      if (after) {
        // The loader has run (the load event waits for it) and, with no paint reported, waits.
        await page.waitForFunction(() => document.readyState === 'complete');
        assert.deepEqual(await wasmRequests(page), [], `${scene}: nothing requested before`);
        await after(page);
      }
      await w.ready();
      assert.equal(await w.readout(), 'Series B · about 150 people', scene);
      assert.deepEqual(w.troubles(), clean);
    }, { prepare: dropReports(dropped), viewport: { width: 412, height: 823 } });
  }
  // A link with its own state starts at once by the address itself, even where the pre-paint
  // script's mark is gone by the time the loader runs (it lifts it after four seconds).
  await WidgetPage.use(env, null, async (w) => {
    const { page } = w;
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(loaderFile, async (route) => {
      await held;
      await route.continue();
    });
    await w.visit('?people=800', { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState === 'interactive' || document.readyState === 'complete');
    await page.evaluate(() => document.documentElement.removeAttribute('data-link-pending'));
    release();
    await w.ready();
    assert.equal(await w.readout(), 'Late stage · about 800 people');
    assert.deepEqual(w.troubles(), clean);
  }, { prepare: dropReports(BOTH), viewport: { width: 412, height: 823 } });
});

test('a WASM that fails to load leaves the page as first drawn, at once, and says so', () => {
  const wasm = `${env.server.origin}/${distFile(/^pm-scale-up-[0-9a-f]+_bg\.wasm$/)}`;
  const expect = { console: [logged.unavailable(wasm), logged.loaderFailed] };
  return WidgetPage.use(env, null, async (w) => {
    const { page } = w;
    await page.route(wasm, (route) => route.fulfill({ status: 503, body: 'busy' }));
    // early.js's own way out (it shows the page after four seconds) held back: only the loader's.
    await w.context.addInitScript(() => {
      const later = window.setTimeout;
      window.setTimeout = (f, ms, ...rest) => (ms === 4000 ? 0 : later(f, ms, ...rest));
    });
    // A shared link: the widget is hidden until the WASM applies it, and shown again when it fails.
    await w.visit('?people=800');
    await eventually(() => page.evaluate(() => !document.documentElement.hasAttribute('data-link-pending')),
      'the prerendered widget shown');
    await page.getByRole('slider').waitFor();
    // A notice above the page says what the reader has.
    await page.getByRole('alert').filter({ hasText: 'The interactive part of this explainer could not load.' }).waitFor();
    assert.match(await page.getByRole('alert').textContent(), /moving the slider does not change it/);
    await eventually(() => w.problems.console.length === 2, () => `the console: ${w.problems.console.join(' | ')}`);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-interactive')), false);
    w.assertTroubles(expect);
  }, { expect });
});

test('what a reader did before the WASM arrived is kept: the size they slid to and the focus', () =>
  WidgetPage.use(env, null, async (w) => {
    const { page } = w;
    // Hold the WASM back until the reader has used the prerendered slider.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await w.visit('');
    await w.press('ArrowRight', 'ArrowRight');
    release();
    await w.ready();
    assert.equal(await w.readout(), 'Series B · about 250 people');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'pmsu-scale', 'the slider keeps the focus');
    await page.keyboard.press('ArrowRight');
    assert.equal(await w.readout(), 'Late stage · about 300 people');
    assert.equal(await page.locator('main.pmsu').count(), 1);
    assert.deepEqual(w.troubles(), clean);
  }));

test('the WASM leaves exactly one copy of each element, and the slider still works', () =>
  WidgetPage.use(env, 'stage/late-stage/', async (w) => {
    const { page } = w;
    for (const selector of ['main.pmsu', '.scale__input', '.board', '.gauge', '.caption', '.live-region']) {
      assert.equal(await page.locator(selector).count(), 1, selector);
    }
    assert.equal(await page.locator('.chip').count(), 13);
    assert.equal(await w.readout(), 'Late stage · about 800 people');
    await w.press('PageDown');
    assert.equal(await w.readout(), 'Series B · about 150 people');
    assert.equal(await page.locator('.chip').count(), 13);
    assert.deepEqual(w.troubles(), clean);
  }));

// Every frame until the widget is ready: is the widget visible, and what does it say?
const recordFrames = ({ context }) => context.addInitScript(() => {
  window.seen = [];
  window.animations = 0;
  const animate = Element.prototype.animate;
  Element.prototype.animate = function (...args) {
    window.animations++;
    return animate.apply(this, args);
  };
  const look = () => {
    const app = document.getElementById('app');
    const main = document.querySelector('main');
    if (app && main) {
      window.seen.push({
        visible: getComputedStyle(app).visibility === 'visible',
        readout: document.querySelector('.scale__value')?.textContent,
        background: getComputedStyle(document.documentElement).backgroundColor,
      });
    }
    if (!document.documentElement.hasAttribute('data-interactive')) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
});

test('a link to another state shows that state without a flash of the default or an animation', () =>
  WidgetPage.use(env, '?v=1&people=5000&embed=0&theme=dark&bg=paper', async (w) => {
    const { page } = w;
    assert.equal(await w.readout(), 'Public company · about 5,000 people');
    assert.ok(await page.locator('.board').isVisible());
    const seen = await page.evaluate(() => window.seen);
    assert.ok(seen.length > 0, 'frames were watched');
    const wrong = seen.filter((s) => s.visible && s.readout !== 'Public company · about 5,000 people');
    assert.deepEqual(wrong, [], 'the prerendered default was visible');
    const light = seen.filter((s) => s.background !== 'rgb(20, 21, 25)');
    assert.deepEqual(light, [], 'the dark theme applied from the first frame');
    assert.equal(await page.evaluate(() => window.animations), 0, 'opening a link animates nothing');
    assert.deepEqual(w.troubles(), clean);
  }, { colorScheme: 'light', prepare: recordFrames }));

// Every frame from the moment the prerendered page is parsed whole (DOMContentLoaded) until the
// widget is interactive, and the first frame after: is the whole board there? Frames before that
// show a page still being parsed, which says how fast this machine is, not what the WASM does.
const recordBoards = ({ context }) => context.addInitScript(() => {
  window.watched = { seen: 0, incomplete: [] };
  const look = () => {
    const interactive = document.documentElement.hasAttribute('data-interactive');
    window.watched.seen++;
    const lanes = document.querySelectorAll('#app .board .lane').length;
    const chips = document.querySelectorAll('#app .board .chip').length;
    if (lanes !== 13 || chips !== 13) window.watched.incomplete.push({ lanes, chips, interactive });
    if (!interactive) requestAnimationFrame(look);
  };
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(look));
});

test('zero layout shift and no empty frame when the WASM takes over the prerendered page', async () => {
  for (const path of ['', 'stage/hyperscale/']) {
    await WidgetPage.use(env, path, async (w) => {
      const { page } = w;
      await settled(page);
      assert.equal(await page.evaluate(() => totalLayoutShift()), 0, `/${path}`);
      const frames = await page.evaluate(() => window.watched);
      assert.ok(frames.seen > 0, 'frames were watched');
      assert.deepEqual(frames.incomplete, [], `/${path}: a frame showed the board incomplete or missing`);
      assert.deepEqual(w.troubles(), clean);
    }, { prepare: async (w) => Promise.all([recordLayoutShift(w), recordBoards(w)]) });
  }
});

// The page's title and lede as the page is parsed (DOMContentLoaded): the element, and whether it
// shows; and every largest-contentful-paint entry, with the first contentful paint.
const recordIntro = ({ context }) => context.addInitScript(() => {
  window.paints = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.paints.push({ at: e.startTime, what: e.element?.className ?? '' });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    window.intro = document.getElementById('pmsu-intro');
    window.introShown = getComputedStyle(window.intro).visibility === 'visible';
  });
});

const PRODUCT_TITLE = "How a PM's job peels apart as the company grows";
const SALES_TITLE = 'How the sales job peels apart as the company grows';

test('the title and lede are the first paint and the largest, and the WASM never replaces them', async () => {
  // A phone, where the lede is the largest text a reader sees first. (A link's own state, such as
  // ?people=800, shows the board only once the widget has applied it: on a wide screen a larger
  // paragraph of the caption may then be the largest paint.)
  for (const [path, title] of [['', PRODUCT_TITLE], ['?people=800', PRODUCT_TITLE], ['stage/late-stage/sales/', SALES_TITLE]]) {
    await WidgetPage.use(env, path, async (w) => {
      const { page } = w;
      assert.equal(await page.evaluate(() => window.introShown), true, `/${path}: shown as the page is parsed`);
      assert.equal(await page.evaluate(() => document.getElementById('pmsu-intro') === window.intro), true,
        `/${path}: the same element once the widget runs`);
      assert.equal(await page.locator('h1').textContent(), title);
      await eventually(async () => (await page.evaluate(() => window.paints.length)) > 0, 'a largest paint is recorded');
      const { paints, first } = await page.evaluate(() => ({
        paints: window.paints,
        first: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      }));
      assert.deepEqual(paints.map((p) => p.what), ['intro__lede'], `/${path}: the lede, and nothing after it`);
      assert.equal(paints[0].at, first, `/${path}: at the first contentful paint`);
      assert.deepEqual(w.troubles(), clean);
    }, { prepare: recordIntro, viewport: { width: 412, height: 823 } });
  }
});

test('a link to another function or an embed hides the title and lede until the widget gives their words', async () => {
  for (const [address, shown] of [['?people=800', true], ['?fn=sales&people=800', false], ['?embed=1&people=800', false]]) {
    await WidgetPage.use(env, address, async (w) => {
      const { page } = w;
      // static/early.js marks, before the first paint, a link that may change the title and lede.
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-intro-pending')), !shown, address);
      // While the link is pending (as early.js sets it until the widget has applied it), they show
      // only where the link keeps them.
      const whilePending = await page.evaluate(() => {
        document.documentElement.setAttribute('data-link-pending', '');
        const visibility = getComputedStyle(document.getElementById('pmsu-intro')).visibility;
        document.documentElement.removeAttribute('data-link-pending');
        return visibility;
      });
      assert.equal(whilePending, shown ? 'visible' : 'hidden', `${address}: while the link is pending`);
      if (address.includes('embed')) {
        // Embedded, the title and lede are for screen readers only: one heading, out of sight.
        assert.deepEqual(await page.getByRole('heading', { level: 1 }).allTextContents(), [PRODUCT_TITLE]);
        const box = await page.locator('#pmsu-intro').boundingBox();
        assert.ok(box.width <= 1 && box.height <= 1, `the title and lede take no room: ${JSON.stringify(box)}`);
      } else {
        assert.equal(await page.locator('.intro__title').textContent(), address.includes('sales') ? SALES_TITLE : PRODUCT_TITLE);
        assert.ok(await page.locator('.intro__lede').isVisible());
      }
      assert.deepEqual(w.troubles(), clean);
    });
  }
});

// The heights the widget tells the host page.
const recordSizes = ({ context }) => context.addInitScript(() => {
  window.sizes = [];
  window.addEventListener('message', (e) => e.data?.type === 'embed-size' && window.sizes.push(e.data.height));
});

test('zero layout shift when the embed loads and sizes itself on a host page', () =>
  WidgetPage.use(env, '', async (w) => {
    const { page } = w;
    // The embed code from the widget, at the width the host column will have.
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('button', { name: 'Copy for Any HTML page' }).click();
    await page.getByText('Embed code copied.').waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const reserved = Number(snippet.match(/height="(\d+)"/)[1]);
    pages['/host/'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
      <link rel="icon" href="/favicon.svg"></head><body>
      <p>Before the widget.</p>${snippet}<p id="after">After the widget.</p></body></html>`;
    await w.visit('host/');
    const widget = await w.embed(0);
    const frame = widget.page;
    // The frame takes its content's height once the widget has posted it; then nothing more moves.
    await page.waitForFunction(() => window.sizes.length > 0);
    const heights = () => Promise.all([
      page.locator('iframe').evaluate((el) => el.clientHeight),
      frame.locator('main').evaluate((el) => Math.ceil(el.getBoundingClientRect().height)),
    ]);
    const [height] = await eventually(async () => {
      const [outer, inner] = await heights();
      return Math.abs(outer - inner) <= 1 && [outer, inner];
    }, async () => `the frame never took its content's height: ${await heights()}`);
    await settled(page);
    await nextFrames(frame);
    assert.ok(Math.abs(height - reserved) <= 1, `reserved ${reserved}px, took ${height}px`);
    assert.equal(await page.evaluate(() => totalLayoutShift()), 0, 'host page');
    assert.equal(await frame.locator('html').evaluate(() => totalLayoutShift()), 0, 'inside the frame');
    assert.deepEqual(w.troubles(), clean);
  }, {
    viewport: { width: 800, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
    prepare: async (w) => Promise.all([recordLayoutShift(w), recordSizes(w)]),
  }));
