// Custom scenarios on the built widget: a file on the site, JSON in the fragment, inside a sandboxed
// embed, and every kind of hostile scenario a stranger can put in a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { clean, distFile, logged, servedWidget, WidgetPage } from './harness.mjs';

const MOUNT = '/widgets/pm-scale-up/';
const WIDGET_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const DESIGN = JSON.parse(readFileSync(new URL('../../scenarios/design.json', import.meta.url), 'utf8'));
const DESIGN_TITLE = "How a designer's job peels apart as the company grows";

const inline = (scenario) => `#scenario=${encodeURIComponent(typeof scenario === 'string' ? scenario : JSON.stringify(scenario))}`;
// The compact form: raw DEFLATE, in base64url (docs/custom-scenarios.md).
const packed = (scenario) =>
  `#scenario=deflate.${deflateRawSync(typeof scenario === 'string' ? scenario : JSON.stringify(scenario)).toString('base64url')}`;
const withWork = (responsibilities) => ({ ...DESIGN, roles: [], responsibilities, captions: undefined });

// Files a stranger's link might point at, on the widget's own site, and the headers they were
// asked for with.
const asked = {};
const big = JSON.stringify({ ...DESIGN, lede: 'x'.repeat(20_000) });
const pages = {
  // Says how long it is.
  [`${MOUNT}big.json`]: (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(big) }).end(big);
  },
  [`${MOUNT}broken.json`]: '{"format": 1, "name": ',
  // Says nothing of its length and never ends: the widget must stop reading by itself, long before
  // the 10 s deadline (whose notice is a different one).
  [`${MOUNT}endless.json`]: (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const more = setInterval(() => res.write(' '.repeat(8_192)), 20);
    res.on('close', () => clearInterval(more));
  },
  // A same-site redirect to the sample: redirects are not followed.
  [`${MOUNT}moved.json`]: (req, res) => {
    res.writeHead(302, { location: `${MOUNT}scenarios/design.json` }).end();
  },
  // Never answers.
  [`${MOUNT}slow.json`]: () => {},
  [`${MOUNT}cookie-check.json`]: (req, res) => {
    asked.cookie = req.headers.cookie ?? null;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(DESIGN));
  },
};
const env = servedWidget({ mount: MOUNT, headers: { 'content-security-policy': WIDGET_CSP }, pages });
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

test('a scenario file on the site opens, and a copied link reopens it in the same state', () =>
  WidgetPage.use(env, `${MOUNT}?scenario=scenarios/design.json&people=5`, async (w) => {
    assert.equal(await w.heading(), DESIGN_TITLE);
    assert.equal(await w.holder(), 'DesignerFounding designer');
    assert.equal((await w.onPm()).length, 11);
    assert.equal(await w.page.getByRole('radio', { name: 'Design' }).isChecked(), true);
    assert.deepEqual(await w.notices(), []);

    await w.press('End');
    assert.deepEqual(await w.onPm(), ['Interaction design', 'Design critique']);
    const link = await w.copiedLink();
    assert.match(link, /\/widgets\/pm-scale-up\/stage\/hyperscale\/\?v=1&people=100000&.*&scenario=scenarios%2Fdesign\.json$/);

    const fresh = await w.inNewTab(link);
    assert.equal(await fresh.heading(), DESIGN_TITLE);
    assert.deepEqual(await fresh.onPm(), ['Interaction design', 'Design critique']);
    assert.deepEqual(w.troubles(), clean);
  }, CLIPBOARD));

// (A browser test until the scenario reader moved into the extras module, which only a built
// site serves.)
test('a custom scenario drives the whole interface, and the picker leaves it and returns to it', () =>
  WidgetPage.use(env, `${MOUNT}?people=5${inline(DESIGN)}`, async (w) => {
    const { page } = w;
    assert.equal(await page.locator('.intro__title').textContent(), DESIGN_TITLE);
    assert.equal(await w.holder(), 'DesignerFounding designer');
    assert.equal((await w.onPm()).length, 11, 'the founding designer does everything');
    assert.match(await page.locator('.caption__gloss').textContent(), /^In this example: One designer does the brand, the screens, the copy and the research\./);
    assert.equal(await page.locator("input[type=radio][value='custom']").isChecked(), true);
    assert.equal(await page.locator("label[for='pmsu-function-custom']").textContent(), 'Design');
    assert.equal(await page.locator("input[value='consumer-app']").count(), 0, "presets are the product function's");
    await w.press('End');
    assert.deepEqual(await w.onPm(), ['Interaction design', 'Design critique']);
    const brand = page.locator('.lane').filter({ has: page.locator('.role.is-hired', { hasText: /^Brand Designer$/ }) });
    assert.deepEqual(await brand.locator('.lane__spec .chip').allTextContents(), ['Logo and brand']);

    await page.locator("label[for='pmsu-function-product']").click();
    assert.equal(await page.locator('.intro__title').textContent(), "How a PM's job peels apart as the company grows");
    assert.equal(await page.locator('.live-region').textContent(), 'Now following the Product function.');
    await page.locator("label[for='pmsu-function-custom']").click();
    assert.equal(await page.locator('.live-region').textContent(), 'Now following the Design function.');
    assert.deepEqual(await w.onPm(), ['Interaction design', 'Design critique']);
    await page.waitForFunction(() => location.hash.startsWith('#scenario='));
    assert.deepEqual(w.troubles(), clean);
  }));

// Record every heading the reader could have seen while the page loaded.
const recordHeadings = ({ context }) => context.addInitScript(() => {
  window.seen = new Set();
  const look = () => {
    const h1 = document.querySelector('h1');
    const hidden = document.documentElement.hasAttribute('data-link-pending');
    if (h1 && !hidden) window.seen.add(h1.textContent);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
});

test('a scenario in the fragment opens without a flash of the default, and its share link carries it', () =>
  WidgetPage.use(env, `${MOUNT}${inline(DESIGN)}`, async (w) => {
    assert.equal(await w.heading(), DESIGN_TITLE);
    assert.deepEqual(await w.page.evaluate(() => [...window.seen]), [DESIGN_TITLE], 'the built-in heading never showed');

    const link = await w.copiedLink();
    assert.match(link, /#scenario=%7B%22format%22%3A1%2C/);
    const fresh = await w.inNewTab(link);
    assert.equal(await fresh.heading(), DESIGN_TITLE);
    assert.deepEqual(await fresh.notices(), []);
    assert.deepEqual(w.troubles(), clean);
  }, { ...CLIPBOARD, prepare: recordHeadings }));

// Packing only makes the link shorter: the reader sees the whole scenario, as the JSON form shows
// it, written out here as it reads at five people, every piece of work still with the designer.
test('a packed scenario opens from a link in full, and its share link stays packed', () =>
  WidgetPage.use(env, `${MOUNT}?people=5${packed(DESIGN)}`, async (w) => {
    assert.equal(await w.heading(), DESIGN_TITLE);
    assert.equal(await w.holder(), 'DesignerFounding designer');
    assert.deepEqual(await w.onPm(), [
      'Interaction design', 'Design critique', 'Logo and brand', 'Marketing pages', 'User interviews', 'Interface copy',
      'Prototypes in code', 'Component library', 'Accessibility reviews', 'Recruiting participants', 'Tools and process',
    ]);
    assert.equal(await w.page.getByRole('radio', { name: 'Design' }).isChecked(), true);
    assert.deepEqual(await w.notices(), [], 'the packed form raises no notice');
    await w.press('End');
    const link = await w.copiedLink();
    assert.ok(link.endsWith(packed(DESIGN)), link);
    const fresh = await w.inNewTab(link);
    assert.deepEqual(await fresh.onPm(), ['Interaction design', 'Design critique']);
    assert.deepEqual(w.troubles(), clean);
  }, CLIPBOARD));

test('a scenario file opens inside a sandboxed embed on another page', () => {
  pages['/blog/design/'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Design</title>
    <link rel="icon" href="${MOUNT}favicon.svg"></head><body><h1>A post about design</h1>
    <iframe sandbox="allow-scripts" title="Design scale-up" width="100%" height="900" frameborder="0"
      src="${MOUNT}?embed=1&scenario=scenarios%2Fdesign.json&people=5"></iframe></body></html>`;
  return WidgetPage.use(env, 'blog/design/', async (post) => {
    const frame = await post.embed(0);
    assert.equal(await frame.holder(), 'DesignerFounding designer');
    assert.equal(await frame.heading(), DESIGN_TITLE);
    assert.deepEqual(await frame.notices(), []);
    assert.deepEqual(post.troubles(), clean);
  }, { host: true });
});

test('a scenario file is fetched without the reader\'s cookies', () =>
  WidgetPage.use(env, `${MOUNT}?scenario=cookie-check.json`, async (w) => {
    assert.equal(await w.heading(), DESIGN_TITLE);
    assert.equal(asked.cookie, null, 'no Cookie header');
    assert.deepEqual(w.troubles(), clean);
  }, { prepare: ({ context }) => context.addCookies([{ name: 'session', value: 'secret', url: env.server.origin }]) }));

test("a writer's text is shown as text, never run as markup", async () => {
  let dialogs = 0;
  const countDialogs = (w) =>
    w.page.on('dialog', (d) => {
      dialogs++;
      d.dismiss();
    });
  const hostile = { ...DESIGN, holder_title: '<img src=x onerror=alert(1)>', name: '<b>Bold</b>' };
  await WidgetPage.use(env, `${MOUNT}?people=5${inline(hostile)}`, async (w) => {
    assert.equal(await w.holder(), 'Designer<img src=x onerror=alert(1)>');
    assert.equal(await w.page.getByRole('radio', { name: '<b>Bold</b>' }).isChecked(), true);
    assert.equal(await w.page.locator('.pmsu img, .pmsu b').count(), 0);
    assert.equal(dialogs, 0);
    assert.deepEqual(w.troubles(), clean);
  }, { prepare: countDialogs });
});

test('a scenario with names at the length limit fits a 320 px screen', () => {
  const long = (word) => `${word} `.repeat(12).slice(0, 60).trim();
  const wide = {
    ...DESIGN,
    name: 'Supercalifragilisticexpialidocious-Operations-Department-XY',
    holder: long('holder'),
    holder_title: 'Chiefexecutiveofficerofeverythingandmoreandmoreandmoremore',
    roles: [{ name: 'Specialistinextraordinarilylongtitlesthatneverbreakanywhere', family: 'design' }],
    responsibilities: [
      { name: 'Responsibilitywithaverylongnamewithoutanyspacesatallinside' },
      { name: long('work'), role: 'Specialistinextraordinarilylongtitlesthatneverbreakanywhere', at: 5 },
    ],
  };
  return WidgetPage.use(env, `${MOUNT}?people=20${inline(wide)}`, async (w) => {
    assert.deepEqual(await w.notices(), []);
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.equal(overflow, 0, 'nothing overflows sideways');
    assert.deepEqual(w.troubles(), clean);
  }, { viewport: { width: 320, height: 640 } });
});

// Each hostile scenario, what its notice says, and, for a file the browser fails to load, the line
// the browser itself logs about it (given the widget's address): the only console line allowed.
const HOSTILE = [
  ['?scenario=https%3A%2F%2Fevil.example%2Fx.json', /Ignored scenario=“https:\/\/evil\.example\/x\.json”: expected the path of a \.json file on this site/],
  ['?scenario=%2F%2Fevil.example%2Fx.json', /expected the path of a \.json file on this site/],
  ['?scenario=javascript%3Aalert(1)%2F%2F.json', /expected the path of a \.json file on this site/],
  ['?scenario=..%2Flogout', /expected the path of a \.json file on this site/],
  ['?scenario=missing.json', /could not be used, so the built-in table is shown\.The server answered 404 for \/widgets\/pm-scale-up\/missing\.json\./,
    (widget) => [logged.notFound(`${widget}missing.json`)]],
  ['?scenario=big.json', /It is over 16,384 bytes long, the most this widget reads\./],
  ['?scenario=endless.json', /It is over 16,384 bytes long, the most this widget reads\./],
  // The browser's line names where the redirect pointed: the widget's fetch does not follow it.
  ['?scenario=moved.json', /The scenario file “moved\.json” could not be used.*It could not be fetched from \/widgets\/pm-scale-up\/moved\.json\./,
    (widget) => [logged.refused(`${widget}scenarios/design.json`)]],
  ['?scenario=slow.json', /It did not arrive within 10 seconds\./],
  ['?scenario=+%2F%2Fevil.example%2Fx.json', /expected the path of a \.json file on this site/],
  ['?scenario=%2Flogout%3B.json', /expected the path of a \.json file on this site/],
  ['?scenario=broken.json', /The scenario is not valid JSON: /],
  ['#scenario=not%20json', /The scenario in the link could not be used.*The scenario is not valid JSON: /],
  [inline(`${'['.repeat(5000)}${']'.repeat(5000)}`), /nested more than 8 levels deep/],
  [inline({ ...DESIGN, lede: 'x'.repeat(17_000) }), /The scenario is [\d,]+ bytes long; the most this widget reads is 16,384\./],
  [inline(withWork(Array.from({ length: 500 }, (_, i) => ({ name: `w${i}` })))), /At responsibilities: there are 500; the most is 24\./],
  [inline({ ...DESIGN, format: 2 }), /At format: 2 is not a format this widget reads/],
  [inline({ ...DESIGN, colour: 'red' }), /In the scenario: there is no field “colour” here/],
  [inline(withWork([{ name: 'Brand', role: 'Nobody', at: 40 }])), /At responsibilities\[0\]\.role: “Nobody” is not one of the roles/],
  [inline(withWork([{ name: 'Brand', role: 'X', at: 'soon' }])), /At responsibilities\[0\]\.at: found the text “soon”; expected a whole number\./],
  [inline({ ...DESIGN, holder: 'x'.repeat(61) }), /At holder: 61 characters; the most is 60\./],
  ['#scenario=%FF%FE', /expected JSON written with encodeURIComponent/],
  ['#scenario=deflate.a+b', /expected deflate\. and then base64url/],
  [`#scenario=deflate.${Buffer.from('plain text, not deflate').toString('base64url')}`, /The scenario in the link is not DEFLATE data in base64url\./],
  [packed('not json'), /The scenario is not valid JSON: /],
  // 5 MB of spaces packs into about 5 KB: the widget stops unpacking at 16 KB.
  [packed(' '.repeat(5_000_000)), /It unpacks to over 16,384 bytes long, the most this widget reads\./],
  ['#top', /the only thing this widget reads after # is scenario=/],
];

for (const [tail, says, browserLogs = () => []] of HOSTILE) {
  test(`a hostile scenario opens a working widget with a notice: ${tail.slice(0, 50)}`, async () => {
    const expect = { console: browserLogs(`${env.server.origin}${MOUNT}`) };
    let dialogs = 0;
    const countDialogs = (w) =>
      w.page.on('dialog', (d) => {
        dialogs++;
        d.dismiss();
      });
    await WidgetPage.use(env, `${MOUNT}${tail}`, async (w) => {
      await w.page.locator('.notice').waitFor();
      assert.match((await w.notices()).join(''), says);
      assert.equal(await w.page.locator('h1').textContent(), "How a PM's job peels apart as the company grows");
      assert.ok((await w.onPm()).length > 0);
      await w.press('Home');
      assert.equal(await w.readout(), 'Founding team · 1 person');
      await w.page.getByRole('button', { name: 'Dismiss' }).click();
      assert.deepEqual(await w.notices(), []);
      assert.equal(dialogs, 0);
      // The browser itself logs a failed fetch; that is the only console line allowed.
      w.assertTroubles(expect);
    }, { prepare: countDialogs, expect });
  });
}

// The extras module's script, which reads scenarios, under its hashed name.
const EXTRAS_JS = distFile(/^extras-[0-9a-f]+\.js$/);

test('when the code that reads scenarios cannot be loaded, the widget says so and shows its own table', () => {
  const refused = `${env.server.origin}${MOUNT}${EXTRAS_JS}`;
  // The browser's own line about the missing file is the only one.
  const expect = { console: [logged.notFound(refused)] };
  return WidgetPage.use(env, null, async (w) => {
    await w.page.route(refused, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await w.open(`${MOUNT}?people=40${inline(DESIGN)}`);
    assert.deepEqual(await w.notices(), [
      'The scenario in the link could not be used, so the built-in table is shown.',
      'The part of this widget that reads scenarios could not be loaded.',
    ]);
    assert.equal(await w.holder(), 'PMProduct Manager');
    await w.press('Home');
    assert.equal(await w.readout(), 'Founding team · 1 person');
    w.assertTroubles(expect);
  }, { expect });
});
