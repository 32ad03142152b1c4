// Share links: a state survives copy and reopen, and hostile links still open a working widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean, servedWidget, settled, WidgetPage } from './harness.mjs';

const env = servedWidget();

// What a link picks up on its way back from social sites, newsletters and ads, bad values and all.
const TRACKED = 'utm_source=newsletter&utm_medium=email&utm_campaign=december&fbclid=IwAR0x_9&gclid=Cj0&mc_cid=%ZZ&mc_eid=&igshid=MzRl&si=Qx8&ref=producthunt&utm_source=again';

test('a copied link reopens exactly the state it was copied in', () =>
  WidgetPage.use(env, '', async (w) => {
    await w.press('PageUp', 'ArrowRight');
    // A key press returns once it is dispatched; read the readout once it shows the new size.
    await w.page.locator('.scale__value', { hasText: 'about 1,000 people' }).waitFor();
    const shown = await w.readout();
    const onPm = await w.onPm();
    const link = await w.copiedLink();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/stage\/late-stage\/\?v=1&people=1000&embed=0&theme=auto&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0$/);

    const fresh = await w.inNewTab(link);
    assert.equal(await fresh.readout(), shown);
    assert.deepEqual(await fresh.onPm(), onPm);
    assert.deepEqual(await fresh.notices(), []);
    assert.deepEqual(w.troubles(), clean);
  }, { permissions: ['clipboard-read', 'clipboard-write'] }));

/** What a link-preview bot reads at `url`, without JavaScript: the page's preview tags. */
async function preview(url) {
  const html = await (await fetch(url)).text();
  const meta = (property) => html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];
  return {
    title: meta('og:title')?.replaceAll('&#39;', "'"),
    image: meta('og:image'),
    oembed: html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)?.[1],
  };
}

test('a copied link and the address preview the stage, function and type they open, from any page', () =>
  WidgetPage.use(env, '', async (w) => {
    const { page } = w;
    await w.press('End');
    await page.waitForURL(/\/stage\/hyperscale\/\?v=1&people=100000&/);
    assert.equal(await page.title(), 'Hyperscale: the PM\'s job at about 100,000 people · PM Scale-Up');
    const fromHome = await w.copiedLink();
    assert.match(fromHome, /^http:\/\/127\.0\.0\.1:\d+\/stage\/hyperscale\/\?v=1&people=100000&embed=0&/);
    const seen = await preview(fromHome);
    assert.equal(seen.title, 'Hyperscale: the PM\'s job at about 50,000 people · PM Scale-Up');
    assert.equal(seen.image, 'http://127.0.0.1:8080/stage/hyperscale/og.png');
    assert.equal(seen.oembed, 'http://127.0.0.1:8080/stage/hyperscale/oembed.json');

    // From another stage's page, to Sales at the Late stage.
    await w.open('stage/seed/');
    await page.getByRole('radio', { name: 'Sales' }).check();
    await page.getByRole('button', { name: 'Late stage' }).click();
    await page.waitForURL(/\/stage\/late-stage\/sales\/\?v=1&people=800&.*fn=sales/);
    const address = page.url();
    assert.equal(await page.title(), 'Late stage: the sales job at about 800 people · PM Scale-Up');
    const copied = await w.copiedLink();
    assert.equal(new URL(copied).pathname, '/stage/late-stage/sales/');
    for (const url of [address, copied]) {
      const sales = await preview(url);
      assert.equal(sales.title, 'Late stage: the sales job at about 800 people · PM Scale-Up', url);
      assert.equal(sales.image, 'http://127.0.0.1:8080/stage/late-stage/sales/og.png');
    }
    // The link opens exactly that state, and its preview image is there.
    await w.open(copied);
    assert.equal(await w.readout(), 'Late stage · about 800 people');
    assert.equal(await w.holder(), 'Sales personSales leader');
    assert.equal((await fetch(`${env.server.origin}/stage/late-stage/sales/og.png`)).status, 200);
    // The address bar moved pages, but nothing the page loads afterwards (its icon on a phone, a
    // scenario file) follows it there.
    assert.deepEqual(w.troubles(), clean);
  }, { permissions: ['clipboard-read', 'clipboard-write'] }));

test('a stage page\'s link back from social sites and newsletters opens that stage, function and type, without a notice', () =>
  WidgetPage.use(env, `stage/late-stage/sales/?${TRACKED}`, async (w) => {
    assert.equal(await w.readout(), 'Late stage · about 800 people');
    assert.equal(await w.holder(), 'Sales personSales leader');
    await settled(w.page);
    assert.equal(await w.page.locator('.notice').count(), 0, 'no notice about what the reader never did');
    // The widget's own link carries none of it.
    const link = await w.copiedLink();
    assert.match(link, /\/stage\/late-stage\/sales\/\?v=1&people=800&embed=0&theme=auto&bg=paper&fn=sales&preset=b2b-saas&sweet=none&autoplay=0$/);
    await w.press('End');
    await w.page.waitForURL(/\/stage\/hyperscale\/sales\/\?v=1&people=100000&[^#]*autoplay=0$/);
    assert.deepEqual(w.troubles(), clean);
  }, { permissions: ['clipboard-read', 'clipboard-write'] }));

test('a tracking key beside a setting the widget does not have: only that setting is named', () =>
  WidgetPage.use(env, `?${TRACKED}&people=40&colour=red`, async (w) => {
    assert.equal(await w.readout(), 'Series A · about 40 people');
    assert.deepEqual(await w.notices(), ['The link has a setting called “colour”, which this widget doesn\'t have, so it was left out.Ignored “colour”: this widget has no such setting.']);
    assert.deepEqual(w.troubles(), clean);
  }));

const HOSTILE = [
  ['people=0', /sizes run from 1 to 100,000 people/],
  ['people=-1', /Ignored a company size of “-1”/],
  ['people=abc', /expected a whole number of people/],
  ['people=1e9', /expected a whole number of people/],
  ['people=99999999999999999999999999', /Ignored a company size/],
  ['people=40&people=4000', /more than once; the first one was used/],
  ['v=999&people=40', /newer version of the widget \(v999\)/],
  ['%ZZ=1', /broken %-escape/],
  ['people=%F0%9F%92%A9', /expected a whole number of people/],
  ['theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E', /Ignored theme=“<script>alert\(1\)<\/script>”/],
  ['embed=2&bg=red', /expected 1 or 0/],
  ['=&&==&utm_source=newsletter', /no such setting/],
  [`x=${'a'.repeat(5000)}`, /too long to read \(5,002 characters\)/],
  ['fn=marketing', /expected product or sales/],
  // In the reader's words first; the technical detail is the line beneath.
  ['fn=sales&fn=marketing', /The link sets the function more than once, so the widget uses the first\./],
  ['preset=fintech&x=1', /^The link asked for a kind of company called “fintech”, which this widget doesn't have, so it shows B2B SaaS\./],
  ['preset=fintech', /expected b2b-saas, consumer-app or developer-platform/],
  ['sweet=1-999999', /sizes run from 1 to 100,000 people/],
  ['sweet=lots&autoplay=maybe', /expected two sizes such as 40-200, or none/],
];

for (const [query, says] of HOSTILE) {
  test(`a hostile link opens a working widget with a notice: ?${query.slice(0, 40)}`, async () => {
    let dialogs = 0;
    const countDialogs = (w) =>
      w.page.on('dialog', (d) => {
        dialogs++;
        d.dismiss();
      });
    await WidgetPage.use(env, `?${query}`, async (w) => {
      await w.page.locator('.notice').waitFor();
      assert.match((await w.notices()).join(''), says);
      assert.ok((await w.onPm()).length > 0);
      // Still a working widget: the keys move it.
      await w.press('Home');
      assert.equal(await w.readout(), 'Founding team · 1 person');
      assert.equal(dialogs, 0, 'nothing in a link runs as script');
      await w.page.getByRole('button', { name: 'Dismiss' }).click();
      assert.deepEqual(await w.notices(), []);
      assert.deepEqual(w.troubles(), clean);
    }, { prepare: countDialogs });
  });
}
