// The built widget, served over HTTP as a page of its own, driven with real mouse and keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean, eventually, logged, servedWidget, WidgetPage } from './harness.mjs';

const env = servedWidget();

test('the standalone page opens at Series B with no console errors or foreign requests', () =>
  WidgetPage.use(env, '', async (w) => {
    assert.equal(await w.readout(), 'Series B · about 150 people');
    assert.equal((await w.onPm()).length, 6);
    assert.equal((await w.hired()).length, 7);
    assert.deepEqual(w.troubles(), clean);
  }));

test('dragging the thumb with the mouse to the far left puts everything back on the PM', () =>
  WidgetPage.use(env, '', async (w) => {
    const { page } = w;
    const box = await page.locator('.scale__input').boundingBox();
    await page.mouse.move(box.x + box.width * 0.43, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) {
      await page.mouse.move(box.x + box.width * 0.43 * (1 - step / 10), box.y + box.height / 2);
    }
    await page.mouse.up();
    assert.equal(await w.readout(), 'Founding team · 1 person');
    assert.equal((await w.onPm()).length, 13);
    assert.match(await w.announced(), /Design returned to the PM\./);
    assert.deepEqual(w.troubles(), clean);
  }));

test('real key presses step, jump stages and reach the ends', () =>
  WidgetPage.use(env, '', async (w) => {
    await w.press('ArrowRight');
    assert.equal(await w.readout(), 'Series B · about 200 people');
    assert.equal(await w.announced(), 'Enablement Content moved to Sales Enablement.');
    await w.press('PageUp');
    assert.equal(await w.readout(), 'Late stage · about 800 people');
    await w.press('End');
    assert.equal(await w.readout(), 'Hyperscale · about 100,000 people');
    await w.press('Home');
    assert.equal(await w.readout(), 'Founding team · 1 person');
  }));

test('a change of stage shows its caption and leaves every lane of the board where it was', () =>
  WidgetPage.use(env, '', async (w) => {
    const { page } = w;
    const boxes = () => page.locator('.board, .lane, .role').evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height].map(Math.round).join(' ');
    }));
    const shown = () => page.locator('.caption:visible .caption__quote').allTextContents();
    const before = await boxes();
    assert.deepEqual(await shown(), ['The post: “You probably as a PM move to interfacing with those functions rather than just having that work disappear entirely from your purview.”']);
    for (const key of ['PageUp', 'PageUp', 'Home', 'End']) {
      await w.press(key);
      assert.deepEqual(await boxes(), before, `the board stays put after ${key}`);
    }
    assert.deepEqual(await shown(), ['The post: “[I]n hyperscale companies if there is a specialization it probably exists as a different role.”']);
  }));

test('at 320 px wide nothing overflows sideways', () =>
  WidgetPage.use(env, '', async ({ page }) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  }, { viewport: { width: 320, height: 640 } }));

/** Records every Web Animation started on a [data-flip] element: its key and animated properties. */
function recordAnimations(context) {
  return context.addInitScript(() => {
    window.flipAnimations = [];
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (keyframes, options) {
      const properties = [...new Set(keyframes.flatMap((frame) => Object.keys(frame)))];
      window.flipAnimations.push({ key: this.dataset.flip, properties });
      return animate.call(this, keyframes, options);
    };
  });
}

test('a peeled chip flies with transform only; with reduced motion it fades in place instead', async () => {
  for (const [reducedMotion, expected] of [['no-preference', ['transform']], ['reduce', ['opacity']]]) {
    await WidgetPage.use(env, '', async (w) => {
      await w.press('ArrowRight');
      const moved = await w.page.evaluate(() => window.flipAnimations.find((a) => a.key === 'enablement-content'));
      assert.deepEqual(moved?.properties, expected, `${reducedMotion}: ${JSON.stringify(moved)}`);
      // Whatever moves, only transform or opacity ever animates.
      const all = await w.page.evaluate(() => window.flipAnimations.flatMap((a) => a.properties));
      assert.ok(all.every((p) => p === expected[0]), all.join());
    }, { reducedMotion, prepare: ({ context }) => recordAnimations(context) });
  }
});

/**
 * Holds every flight halfway along its way from the moment it starts, however fast or slow the
 * machine: at an even pace, so that halfway in time is halfway in space, after its delay.
 */
function holdFlightsHalfway(context) {
  return context.addInitScript(() => {
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (keyframes, options) {
      const animation = animate.call(this, keyframes, options);
      if (this.dataset.flip) {
        animation.pause();
        animation.effect.updateTiming({ easing: 'linear' });
        const { delay, duration } = animation.effect.getTiming();
        animation.currentTime = delay + duration / 2;
      }
      return animation;
    };
  });
}

// A chip in flight must be seen over its lane (the dashed trace it leaves, the role it goes to), and
// it alone is lifted out of the page: a chip that stacked above the others with a z-index made
// Chrome lift every chip after a flying one into a layer too, to keep them drawn above it.
test('a chip in flight is drawn over its lane, and only it is lifted into a layer of its own', () =>
  WidgetPage.use(env, '', async (w) => {
    const { page, context } = w;
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('LayerTree.enable');
    let layers = [];
    cdp.on('LayerTree.layerTreeDidChange', (e) => { layers = e.layers ?? layers; });
    /** The `data-flip` keys of the chips that have a composited layer of their own now. */
    const chipLayers = async () => {
      const keys = [];
      for (const layer of layers.filter((l) => l.backendNodeId && l.drawsContent)) {
        // A node gone since the layer tree was sent is no chip of this flight.
        const node = await cdp.send('DOM.describeNode', { backendNodeId: layer.backendNodeId }).then((r) => r.node, () => null);
        if (!node) continue;
        const attributes = Object.fromEntries((node.attributes ?? []).flatMap((v, i, all) => (i % 2 ? [] : [[v, all[i + 1]]])));
        if (attributes.class?.split(' ').includes('chip')) keys.push(attributes['data-flip']);
      }
      return keys.sort();
    };
    await w.press('ArrowRight');
    const flying = page.locator('.lane__spec [data-flip="enablement-content"]');
    // The layers the browser makes to keep other chips above a flying one come with the flying
    // chip's own, in the same update of the layer tree.
    const lifted = await eventually(async () => {
      const keys = await chipLayers();
      return keys.includes('enablement-content') && keys;
    }, 'the flying chip got no layer');
    assert.deepEqual(lifted, ['enablement-content']);
    const onTop = await flying.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
    });
    assert.ok(onTop, 'the chip in flight is under something');
  }, { prepare: ({ context }) => holdFlightsHalfway(context) }));

/** Records the property of every CSS transition and the keyframes of every CSS animation that starts. */
function recordStyleMotion(context) {
  return context.addInitScript(() => {
    window.styleMotion = [];
    document.addEventListener('transitionrun', (e) => {
      window.styleMotion.push({ on: e.target.getAttribute('class') ?? e.target.nodeName, properties: [e.propertyName] });
    }, true);
    document.addEventListener('animationstart', (e) => {
      const css = e.target.getAnimations().find((a) => a.animationName === e.animationName);
      const frames = css?.effect.getKeyframes() ?? [];
      const properties = [...new Set(frames.flatMap((f) => Object.keys(f)))]
        .filter((k) => !['offset', 'computedOffset', 'easing', 'composite'].includes(k));
      window.styleMotion.push({ on: e.target.getAttribute('class') ?? e.target.nodeName, properties });
    }, true);
  });
}

// A colour or a size that animates runs on the main thread at every frame of a drag; transform and
// opacity run on the compositor. (The drag hint's `visibility` flips once, at the end of its fade.)
test('a handover and a change of stage animate only transform and opacity in the stylesheet too', () =>
  WidgetPage.use(env, '', async (w) => {
    await w.press('ArrowRight');
    await w.press('PageDown');
    await w.press('PageDown');
    // Events of the frame that restyled the page: the caption's fade is one of them.
    await w.page.waitForFunction(() => window.styleMotion.some((m) => m.on.includes('caption')));
    const started = await w.page.evaluate(() => new Promise((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done(window.styleMotion)))));
    const other = started.filter((m) => m.properties.some((p) => !['transform', 'opacity', 'visibility'].includes(p)));
    assert.deepEqual(other, [], 'only transform and opacity animate');
  }, { prepare: ({ context }) => recordStyleMotion(context) }));

test('the dark theme follows prefers-color-scheme', () =>
  WidgetPage.use(env, '', async ({ page }) => {
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(background, 'rgb(20, 21, 25)');
  }, { colorScheme: 'dark' }));

test('theme=light wins over a dark system, and bg=transparent lets the host page show through', () =>
  WidgetPage.use(env, '?theme=light&bg=transparent', async (w) => {
    const { page } = w;
    const look = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.body).color,
    }));
    assert.deepEqual(look, { background: 'rgba(0, 0, 0, 0)', ink: 'rgb(29, 29, 34)' });
    assert.deepEqual(await w.notices(), []);
    assert.deepEqual(w.troubles(), clean);
  }, { colorScheme: 'dark' }));

// Desktop Linux Chromium has no Web Share; stand in for a phone's share sheet.
const shareSheet = ({ context }) => context.addInitScript(() => {
  navigator.share = async (data) => {
    window.sharedData = data;
  };
});

test('where the device has Web Share, Share… hands it the link to the current state', () =>
  WidgetPage.use(env, '', async (w) => {
    const { page } = w;
    await w.press('Home');
    await page.getByRole('button', { name: 'Share…' }).click();
    await page.waitForFunction(() => window.sharedData);
    const shared = await page.evaluate(() => window.sharedData);
    assert.equal(shared.title, "PM Scale-Up: how a product manager's job changes as a company grows");
    assert.match(shared.url, /\/\?v=1&people=1&embed=0&theme=auto&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0$/);
  }, { prepare: shareSheet }));

test('without Web Share there is no Share… button', () =>
  WidgetPage.use(env, '', async ({ page }) => {
    assert.equal(await page.getByRole('button', { name: 'Share…' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Copy link' }).count(), 1);
  }));

test('autoplay=1 walks an embed through the stages and stops at the reader\'s first touch', () =>
  WidgetPage.use(env, null, async (w) => {
    const { page, context, problems } = w;
    // The page's clock stands still and moves only when the test moves it, so the tour's stops
    // are measured in the page's own time, however slow this machine is.
    await context.clock.install();
    await context.clock.pauseAt(Date.now() + 1000);
    await w.open('?embed=1&autoplay=1');
    assert.equal(await w.readout(), 'Founding team · 5 people');
    assert.equal(await page.locator('.tour').getAttribute('aria-pressed'), 'true');
    // The first stop lasts long enough to read its caption (at least 4 s)...
    await context.clock.runFor(3999);
    assert.equal(await w.readout(), 'Founding team · 5 people');
    // ...then the tour moves on to the first size where work changes hands.
    let waited = 3999;
    while (!(await w.readout()).startsWith('Seed') && waited < 20000) {
      await context.clock.runFor(100);
      waited += 100;
    }
    assert.match(await w.readout(), /^Seed/, `after ${waited} ms of the page's time`);
    await page.locator('.board').click();
    assert.equal(await page.locator('.tour').getAttribute('aria-pressed'), 'false');
    const stopped = await w.readout();
    // Longer than any stop: nothing moves any more.
    await context.clock.runFor(30000);
    assert.equal(await w.readout(), stopped);
    assert.deepEqual(problems, clean);
  }));

test('the tour is played and paused from the keyboard', () =>
  WidgetPage.use(env, '', async (w) => {
    const { page } = w;
    await page.locator('.tour').focus();
    await page.keyboard.press('Enter');
    assert.equal(await w.readout(), 'Founding team · 5 people');
    assert.equal(await page.locator('.tour').getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Space');
    assert.equal(await page.locator('.tour').getAttribute('aria-pressed'), 'false');
  }));

// What the panic below leaves: its line in the console, naming the error the test causes, and the
// stop of WebAssembly where the panic ends.
const PANIC = {
  console: [logged.panic('invalid attribute key: JsValue(Error: blocked by the test\nError: blocked by the test')],
  errors: [logged.trap],
};

test('if the widget ever panics, the reader gets a readable notice and a reload link, not a frozen widget', () =>
  WidgetPage.use(env, '', async (w) => {
    const { page } = w;
    // Something outside the widget (a misbehaving extension, say) makes the browser refuse to change
    // a span's attributes; the next handover changes its chips' classes, fails inside Yew, and Yew
    // panics.
    await page.evaluate(() => {
      const set = Element.prototype.setAttribute;
      Element.prototype.setAttribute = function (...args) {
        if (this.nodeName === 'SPAN') throw new Error('blocked by the test');
        return set.apply(this, args);
      };
    });
    await w.press('ArrowRight');
    const notice = page.locator('#app .panic-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /Sorry, this explainer stopped working\./);
    assert.equal(await notice.getByRole('link', { name: 'Reload' }).count(), 1);
    assert.equal(await page.locator('#app main').count(), 0, 'the broken widget is gone');
    // The panic is logged for developers, with the error that caused it, and WebAssembly stops
    // where the panic ends; nothing else went wrong.
    w.assertTroubles(PANIC);
  }, { expect: PANIC }));

/** Where the thumb for `position` (0-49) sits on the track: the track is inset by the thumb's radius. */
async function thumbAt(page, position) {
  await page.locator('.scale__input').scrollIntoViewIfNeeded();
  const box = await page.locator('.scale__input').boundingBox();
  return { x: box.x + 14 + ((box.width - 28) * position) / 49, y: box.y + box.height / 2 };
}

/** Where a sweet-spot handle at `position` sits: just under the track. */
async function handleAt(page, position) {
  const thumb = await thumbAt(page, position);
  return { x: thumb.x, y: thumb.y + 14 };
}

/** Drags from `from` to `to` (page points), with the mouse or, on a touch screen, a finger. */
async function drag(page, from, to, { touch = false } = {}) {
  const steps = 12;
  const at = (i) => ({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
  if (!touch) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) await page.mouse.move(at(i).x, at(i).y);
    await page.mouse.up();
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  const touchPoint = (p) => [{ x: Math.round(p.x), y: Math.round(p.y) }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touchPoint(from) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touchPoint(at(i)) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

for (const touch of [false, true]) {
  test(`the sweet spot is marked where the reader is and widened by ${touch ? 'finger' : 'mouse'} on the track`, () =>
    WidgetPage.use(env, '?people=150', async (w) => {
      const { page } = w;
      const summary = () => page.locator('.sweet__summary').textContent();
      const sliderTop = () => page.evaluate(() => document.querySelector('.scale__input').getBoundingClientRect().top + scrollY);
      const before = await sliderTop();
      await page.getByRole('button', { name: 'Mark my sweet spot' }).click();
      assert.equal(await sliderTop(), before, 'the status takes the hint\'s place: the slider stays put');
      assert.match(await summary(), /^Your sweet spot: Series B \(150 people\);/);
      assert.equal(await page.locator('.scale__hint--sweet').textContent(), 'Inside your sweet spot');
      // Both handles start under the thumb; dragging one to the right widens the top end ...
      await drag(page, await handleAt(page, 21), await handleAt(page, 31), { touch });
      assert.match(await summary(), /^Your sweet spot: Series B to Late stage \(150 to 1,500 people\);/);
      // ... and the other to the left widens the bottom end.
      await drag(page, await handleAt(page, 21), await handleAt(page, 15), { touch });
      assert.match(await summary(), /^Your sweet spot: Series A to Late stage \(40 to 1,500 people\);/);
      assert.equal(await w.readout(), 'Series B · about 150 people', 'the size stays');
      await page.waitForURL(/sweet=40-1500/);
      // The slider's own thumb, over both handles at the start, is still the slider's to drag.
      await drag(page, await thumbAt(page, 21), await thumbAt(page, 24), { touch });
      assert.equal(await w.readout(), 'Late stage · about 300 people');
      assert.match(await summary(), /^Your sweet spot: Series A to Late stage \(40 to 1,500 people\);/);
      assert.deepEqual(w.troubles(), clean);
    }, { hasTouch: touch, isMobile: touch, viewport: { width: 360, height: 740 } }));
}

test('the sweet-spot band lies under the thumb, and the readout area says where the size is against it', () =>
  WidgetPage.use(env, '?people=300&sweet=100-1000', async (w) => {
    const { page } = w;
    // The pixel at the thumb's centre, with the band and without it: the thumb's own colour both times.
    const pixel = async () => {
      const thumb = await thumbAt(page, 24);
      const png = await page.screenshot({ clip: { x: thumb.x - 1, y: thumb.y - 1, width: 2, height: 2 } });
      return png.toString('base64');
    };
    const withBand = await pixel();
    assert.equal(await page.locator('.scale__hint--sweet').textContent(), 'Inside your sweet spot');
    await page.getByRole('button', { name: 'Clear my sweet spot' }).click();
    assert.equal(await pixel(), withBand, 'the band changes the colour of the thumb');
    await w.open('?people=300&sweet=40-100');
    assert.equal(await page.locator('.scale__hint--sweet').textContent(), 'Above your sweet spot');
    assert.equal(await page.locator('.scale__input').getAttribute('aria-valuetext'), 'Late stage, about 300 people, above your sweet spot');
  }));
