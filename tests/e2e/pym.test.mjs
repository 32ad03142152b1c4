// Newsroom hosts: the real pym.js (pinned in tools/package.json, never copied into the repository)
// makes the widget's frame with `new pym.Parent(...)`, adds its four keys to the frame's address,
// and sizes the frame from the widget's pym messages. The widget speaks pym's child side itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { clean, eventually, servedWidget, settled, WidgetPage } from './harness.mjs';

const PYM = fileURLToPath(new URL('../../tools/node_modules/pym.js/dist/pym.v1.js', import.meta.url));

/** A host page of a newsroom: a story with pym containers, pym.js, and a script that makes the frames. */
const story = (containers, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>A story</title><link rel="icon" href="/favicon.svg"></head><body><h1>A story</h1>
  ${containers.map((id) => `<div id="${id}"></div><p>Text between the graphics.</p>`).join('\n')}
  <script src="/vendor/pym.v1.js"></script><script src="${script}"></script></body></html>`;

/** The host's script: every pym message it hears, and the frames pym makes. */
const parents = (frames) => `window.heard = [];
  window.addEventListener('message', (e) => { if (typeof e.data === 'string') window.heard.push(e.data); });
  window.graphics = [${frames.map(([id, src]) => `new pym.Parent('${id}', '${src}', { title: 'PM Scale-Up (${id})' })`).join(', ')}];`;

const script = (body) => (req, res) => {
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
  res.end(body);
};

const pages = {
  '/vendor/pym.v1.js': async (req, res) => script(await readFile(PYM, 'utf8'))(req, res),
  '/news/one/': story(['graphic'], '/news/one.js'),
  '/news/one.js': script(parents([['graphic', '/?v=1&people=150&embed=1']])),
  '/news/two/': story(['graphic-a', 'graphic-b'], '/news/two.js'),
  '/news/two.js': script(parents([
    ['graphic-a', '/?v=1&people=150&embed=1'],
    ['graphic-b', '/stage/late-stage/sales/?v=1&embed=1&sweet=40-300'],
  ])),
};
const env = servedWidget({ pages });

/** A pym frame on the host page, as a reader of the host page sees it, and the widget inside it. */
async function pymFrame(host, index) {
  const iframe = host.page.locator('iframe').nth(index);
  const widget = await host.embed(index);
  const frameHeight = () => iframe.evaluate((el) => el.clientHeight);
  const contentHeight = () => widget.page.locator('main').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const fits = async () => {
    const [frame, content] = [await frameHeight(), await contentHeight()];
    return Math.abs(frame - content) <= 1 && frame;
  };
  /** Waits until the frame is as tall as the widget's content, and returns that height. */
  const follows = (when) =>
    eventually(fits, async () => `${when}: the frame is ${await frameHeight()}px, its content ${await contentHeight()}px`);
  return { iframe, widget, frameHeight, contentHeight, follows };
}

for (const [width, resized] of [[1280, 800], [375, 600]]) {
  test(`at ${width} px, pym.js sizes the frame to the widget after load, a change of board and a host resize`, () =>
    WidgetPage.use(env, '/news/one/', async (host) => {
      const { iframe, widget, follows } = await pymFrame(host, 0);
      // pym's four keys are on the frame's address...
      const src = await iframe.getAttribute('src');
      assert.match(src, /&initialWidth=\d+&childId=graphic&parentTitle=A%20story&parentUrl=http/);

      const loaded = await follows('after load');
      assert.ok(loaded > 400, `the frame shows the whole widget, not pym's first ${loaded}px`);
      // ...but the widget says nothing about them, and its own links do not carry them.
      assert.equal(await widget.page.locator('.notice').count(), 0);
      const fullSize = await widget.page.getByRole('link', { name: 'Open full size ↗' }).getAttribute('href');
      assert.match(fullSize, /^stage\/series-b\/\?v=1&people=150&embed=0&theme=auto&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0$/);

      // A change of what the board shows that changes the content's height: on a phone a
      // handover (the stage's caption is under the board); on a wide screen, where the board keeps
      // its height at every stage, the Sales function (its board has fewer lanes).
      if (width < 600) {
        await widget.press('Home');
        await widget.page.locator('.scale__value', { hasText: 'Founding team' }).waitFor();
      } else {
        await widget.page.getByRole('radio', { name: 'Sales' }).check();
        await widget.page.locator('.board__holder', { hasText: 'Sales person' }).waitFor();
      }
      const handedOver = await follows('after a handover');
      assert.notEqual(handedOver, loaded, 'the handover changed the height');

      // The host window is resized: pym sends the frame its width, and the widget its height.
      await host.page.setViewportSize({ width: resized, height: 900 });
      const afterResize = await follows('after the host window was resized');
      assert.notEqual(afterResize, handedOver, 'the resize changed the height');
      assert.deepEqual(host.troubles(), clean);
    }, { host: true, viewport: { width, height: 900 } }));
}

test('two pym frames on one host page each keep their own height', () =>
  WidgetPage.use(env, '/news/two/', async (host) => {
    const a = await pymFrame(host, 0);
    const b = await pymFrame(host, 1);
    const [heightA, heightB] = [await a.follows('frame a'), await b.follows('frame b')];
    assert.ok(heightB > heightA + 50, `b shows a sweet spot: ${heightB}px against ${heightA}px`);

    // a grows; b keeps its height, and a is told no other frame's.
    await a.widget.page.getByRole('button', { name: 'Mark my sweet spot' }).click();
    await eventually(async () => (await a.frameHeight()) > heightA + 50 && a.follows('a, grown'), 'a did not grow');
    await settled(host.page);
    assert.equal(await b.frameHeight(), heightB);
    assert.equal(await b.follows('b, after a grew'), heightB);
    const heard = await host.page.evaluate(() => window.heard);
    assert.ok(heard.some((m) => m.startsWith('pymxPYMxgraphic-axPYMxheightxPYMx')));
    assert.ok(heard.some((m) => m === `pymxPYMxgraphic-bxPYMxheightxPYMx${heightB}`));
    assert.deepEqual(host.troubles(), clean);
  }, { host: true, viewport: { width: 1280, height: 900 } }));

test('the widget answers pym\'s width, and a malformed pym message changes nothing', () =>
  WidgetPage.use(env, '/news/two/', async (host) => {
    const { page } = host;
    const a = await pymFrame(host, 0);
    await pymFrame(host, 1);
    const height = await a.follows('after load');
    await settled(page);
    const readout = await a.widget.readout();
    const fromA = () => page.evaluate(() => window.heard.filter((m) => m.startsWith('pymxPYMxgraphic-axPYMx')));
    const before = (await fromA()).length;

    // pym's own width message, from the host page: the widget answers with its height.
    await page.evaluate(() => window.graphics[0].sendWidth());
    await eventually(async () => (await fromA()).length === before + 1, 'no answer to pym\'s width');
    assert.equal((await fromA()).at(-1), `pymxPYMxgraphic-axPYMxheightxPYMx${height}`);

    // Malformed messages from the host page, and a well-formed one from the other frame, which is
    // not this frame's parent.
    await page.evaluate(() => {
      const frame = document.querySelector('#graphic-a iframe').contentWindow;
      for (const message of [
        'pymxPYMxgraphic-axPYMxwidthxPYMx',
        'pymxPYMxgraphic-axPYMxwidthxPYMx300px',
        'pymxPYMxgraphic-axPYMxwidthxPYMx-300',
        'pymxPYMxgraphic-axPYMxwidthxPYMx1e3',
        'pymxPYMxgraphic-axPYMxwidthxPYMx300xPYMx1',
        'pymxPYMxgraphic-axPYMxheightxPYMx10',
        'pymxPYMxgraphic-bxPYMxwidthxPYMx300',
        'pymxPYMxgraphicxPYMxwidthxPYMx300',
        'PYMxPYMxgraphic-axPYMxwidthxPYMx300',
        'pymxPYMxgraphic-axPYMxwidthxPYMx<img src=x onerror=alert(1)>',
        { data: 'pymxPYMxgraphic-axPYMxwidthxPYMx300' },
        ['pymxPYMxgraphic-axPYMxwidthxPYMx300'],
        300,
        null,
      ]) frame.postMessage(message, '*');
    });
    await page.frames().find((f) => f.url().includes('childId=graphic-b'))
      .evaluate(() => window.parent.frames[0].postMessage('pymxPYMxgraphic-axPYMxwidthxPYMx300', '*'));
    // Messages arrive in order: once the answer to this last one is in, the others have been read.
    await page.evaluate(() => window.graphics[0].sendWidth());
    await eventually(async () => (await fromA()).length >= before + 2, 'no answer to the last width');
    await settled(page);
    assert.deepEqual((await fromA()).slice(before), Array(2).fill(`pymxPYMxgraphic-axPYMxheightxPYMx${height}`),
      'only pym\'s own width messages from the parent were answered');
    assert.equal(await a.frameHeight(), height);
    assert.equal(await a.widget.readout(), readout);
    assert.equal(await a.widget.page.locator('.notice').count(), 0);
    assert.deepEqual(host.troubles(), clean);
  }, { host: true, prepare: (w) => w.page.on('dialog', () => assert.fail('a message ran script')), viewport: { width: 1280, height: 900 } }));

test('the embed menu\'s newsroom code, pasted into a story with the real pym.js, sizes its frame', () =>
  WidgetPage.use(env, '?people=40', async (w) => {
    const { page } = w;
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('button', { name: 'Copy for A newsroom (pym.js)' }).click();
    await page.getByText('pym.js code copied.').waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    // The page's own copy of pym.js, in place of the one from pym's site (no test reaches another host).
    pages['/news/pasted/'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title>
      <link rel="icon" href="/favicon.svg"></head><body><h1>A story</h1>
      ${code.replace('https://pym.nprapps.org/pym.v1.min.js', '/vendor/pym.v1.js')}</body></html>`;
    await w.visit('/news/pasted/');
    const { iframe, widget, follows } = await pymFrame(w, 0);
    assert.equal(await iframe.getAttribute('title'), 'PM Scale-Up: how a product manager\'s job changes as a company grows');
    assert.ok((await follows('after load')) > 400);
    assert.equal(await widget.readout(), 'Series A · about 40 people');
    assert.equal(await widget.page.locator('.notice').count(), 0);
    assert.deepEqual(w.troubles(), clean);
  }, { viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] }));
