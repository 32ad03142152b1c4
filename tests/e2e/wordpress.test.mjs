// WordPress and other oEmbed consumers, with their own code: every page's oEmbed discovery link and
// file; the oEmbed HTML put through a line-for-line port of WordPress's filter for an unknown
// provider (wp_filter_oembed_result in wp-includes/embed.php) into a post, where WordPress's own
// host script, wp-embed.js from Debian's wordpress package, sizes the frame; and unfurl.js, a
// link-preview library from npm, reading a stage page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { clean, eventually, serve, launch, WidgetPage } from './harness.mjs';

// unfurl.js is one of the pinned tools (tools/package.json).
const { unfurl } = createRequire(new URL('../../tools/', import.meta.url))('unfurl.js');

const MOUNT = '/widgets/pm-scale-up/';
const WIDGET_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
// The address the build writes into absolute URLs when PM_SCALE_UP_PUBLIC_URL is not set.
const BUILT_FOR = 'http://127.0.0.1:8080/';
const STAGES = ['founding-team', 'seed', 'series-a', 'series-b', 'late-stage', 'public-company', 'hyperscale'];
const TYPICAL = { 'founding-team': 5, seed: 25, 'series-a': 60, 'series-b': 150, 'late-stage': 800, 'public-company': 5000, hyperscale: 50000 };

/** WordPress's host script, from Debian's package, fetched once into tools/wordpress/ (not in git). */
function wpEmbedScript() {
  const cached = fileURLToPath(new URL('../../tools/wordpress/wp-embed.js', import.meta.url));
  if (!existsSync(cached)) {
    const work = mkdtempSync(join(tmpdir(), 'pm-scale-up-wp-'));
    try {
      execFileSync('apt-get', ['download', 'wordpress'], { cwd: work, stdio: 'ignore' });
      const deb = readdirSync(work).find((f) => f.endsWith('.deb'));
      execFileSync('dpkg-deb', ['-x', deb, 'x'], { cwd: work });
      mkdirSync(join(cached, '..'), { recursive: true });
      copyFileSync(join(work, 'x/usr/share/wordpress/wp-includes/js/wp-embed.js'), cached);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return readFileSync(cached, 'utf8');
}

/**
 * WordPress's wp_filter_oembed_result (6.1), line for line, for a provider it does not know: keep a
 * leading blockquote and one iframe, sign both with a 10-letter secret, hide the frame behind the
 * blockquote, and sandbox it. (wp_kses is left out: the widget's HTML has only tags and attributes
 * it allows, and the test checks that.)
 */
function wordpressFilter(html, secret) {
  const content = html.match(/(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s);
  if (!content?.[2]) return false;
  let out = (content[1] ?? '') + content[2];
  const src = out.match(/ src=(['"])(.*?)\1/);
  if (src) {
    out = out.replace(src[0], ` src=${src[1]}${src[2]}#?secret=${secret}${src[1]} data-secret=${src[1]}${secret}${src[1]}`);
    out = out.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  if (content[1]) {
    out = out.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    out = out.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

const pages = {};
let releaseHeldScript;
let heldScript;
const holdScript = () => (heldScript = new Promise((resolve) => (releaseHeldScript = resolve)));
let server;
let browser;
let script;
before(async () => {
  script = wpEmbedScript();
  // `?late`: held back until the test calls `releaseHeldScript()`, once the widget in the post has
  // sent its first heights, to no one.
  pages['/wp-includes/js/wp-embed.js'] = async (req, res) => {
    if (req.url.includes('late')) await heldScript;
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(script);
  };
  server = await serve({ mount: MOUNT, headers: { 'content-security-policy': WIDGET_CSP }, pages });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A URL the build wrote, on this test's server, as if the site were published here. */
const local = (text) => text.replaceAll(BUILT_FOR, `${server.origin}${MOUNT}`);

/** The page's oEmbed discovery link and the file it names. */
async function oembedOf(path) {
  const html = await (await fetch(`${server.origin}${MOUNT}${path}`)).text();
  const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/g)];
  assert.equal(links.length, 1, `${path}: one discovery link`);
  const response = await fetch(local(links[0][1]));
  assert.equal(response.status, 200, links[0][1]);
  assert.match(response.headers.get('content-type'), /json/);
  return { href: links[0][1], json: JSON.parse(local(await response.text())) };
}

test('every page names its oEmbed file, and each file has every field and a blockquote, then the frame at its stage', async () => {
  for (const slug of ['', ...STAGES]) {
    const path = slug ? `stage/${slug}/` : '';
    const { href, json } = await oembedOf(path);
    assert.equal(href, `${BUILT_FOR}${path}oembed.json`);
    assert.equal(json.version, '1.0');
    assert.equal(json.type, 'rich');
    for (const field of ['title', 'provider_name', 'provider_url', 'thumbnail_url', 'html']) assert.ok(json[field], `${path}: ${field}`);
    for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height', 'cache_age']) assert.ok(Number.isInteger(json[field]) && json[field] > 0, `${path}: ${field}`);
    assert.ok(json.height <= 1000, 'within WordPress\'s 1,000 px');
    assert.equal((await fetch(json.thumbnail_url)).status, 200, json.thumbnail_url);
    // Exactly <blockquote> first, or WordPress drops it and never loads its host script.
    assert.ok(json.html.startsWith('<blockquote><a href="'), json.html);
    assert.equal(json.html.match(/<blockquote>/g).length, 1);
    assert.equal(json.html.match(/<iframe /g).length, 1);
    // Only the tags and attributes WordPress keeps.
    const attributes = [...json.html.matchAll(/ ([a-z-]+)="/g)].map((m) => m[1]);
    assert.deepEqual(attributes.filter((a) => !['href', 'src', 'width', 'height', 'title', 'frameborder', 'scrolling'].includes(a)), []);
    const link = json.html.match(/<a href="([^"]+)"/)[1];
    assert.equal(link, `${server.origin}${MOUNT}${path}`);
    const src = json.html.match(/<iframe src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    const people = slug ? TYPICAL[slug] : 150;
    assert.ok(src.startsWith(`${server.origin}${MOUNT}${path}?v=1&people=${people}&embed=1&`), src);
  }
});

/** A post with the link of `path` pasted on its own line, as WordPress renders it for readers. */
function wordpressPost(json, { lateScript = false } = {}) {
  const secret = 'Ab3dE6gH9k';
  const embed = wordpressFilter(json.html, secret);
  // In the footer, where WordPress prints it.
  const host = `<script src="/wp-includes/js/wp-embed.js${lateScript ? '?late' : ''}"></script>`;
  return {
    secret,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
      <link rel="icon" href="${MOUNT}favicon.svg"></head>
      <body><p>Before the widget.</p><figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">
      ${embed}
      </div></figure><p id="after">After the widget.</p>${host}</body></html>`,
  };
}

// The heights the widget says to WordPress, heard on the post's page.
const recordHeights = ({ context }) => context.addInitScript(() => {
  if (window !== window.top) return;
  window.heights = [];
  window.addEventListener('message', (e) => e.data?.message === 'height' && window.heights.push(e.data.value));
});

// Late: WordPress's script arrives after the widget has sent its heights, and asks again ("ready").
for (const lateScript of [false, true]) {
  test(`a stage page's link in a WordPress post becomes a widget sized by WordPress's own script${lateScript ? ', loaded late' : ''}`, async () => {
    const { json } = await oembedOf('stage/late-stage/');
    const post = wordpressPost(json, { lateScript });
    pages['/blog/post/'] = post.html;
    if (lateScript) holdScript();
    try {
      await WidgetPage.use({ server, browser }, null, async (w) => {
        const { page } = w;
        // The page's load waits for the held script: go on as soon as the post is there.
        await w.visit('blog/post/', { waitUntil: lateScript ? 'commit' : 'load' });
        const iframe = page.locator('iframe.wp-embedded-content');
        assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts');
        const frame = await w.embed(0).catch(() => null) ?? assert.fail('the widget never became interactive in the frame');
        assert.equal(await frame.readout(), 'Late stage · about 800 people');
        assert.deepEqual(await frame.notices(), [], 'the secret in the address raises no notice');
        if (lateScript) {
          // The widget has said its height, and nobody listened: the frame still has the reserved one.
          await page.waitForFunction(() => window.heights.length > 0);
          assert.equal(Number(await iframe.getAttribute('height')), json.height);
          releaseHeldScript();
        }
        // WordPress sized the frame to the content and hid the fallback blockquote.
        const sizes = async () => [
          await iframe.evaluate((el) => Number(el.getAttribute('height'))),
          await frame.page.locator('main').evaluate((el) => Math.ceil(el.getBoundingClientRect().height)),
        ];
        await eventually(async () => {
          const [height, content] = await sizes();
          return Math.abs(height - Math.min(content, 1000)) <= 1 && height !== json.height;
        }, async () => `the frame is ${(await sizes()).join(' px for its content of ')} px`);
        assert.equal(await page.locator('blockquote.wp-embedded-content').evaluate((el) => getComputedStyle(el).display), 'none');
        assert.equal(await iframe.getAttribute('style'), null, 'WordPress shows the frame');
        // WordPress's sandbox has no clipboard: the link is offered to copy by hand, quietly.
        await frame.page.getByRole('button', { name: 'Copy link' }).click();
        assert.match(await frame.page.locator('#pmsu-copy-by-hand').inputValue(), /\/stage\/late-stage\/\?v=1&people=800&embed=0&/);
        assert.deepEqual(w.troubles(), clean);
      }, { viewport: { width: 720, height: 900 }, prepare: recordHeights });
    } finally {
      // A held script must not keep the server from closing when the test failed early.
      releaseHeldScript?.();
    }
  });
}

test('unfurl.js, a link-preview library, finds the stage page\'s oEmbed, Open Graph and Twitter card', async () => {
  // The library follows the discovery link; point it at this server as the published site.
  const realFetch = globalThis.fetch;
  const result = await unfurl(`${server.origin}${MOUNT}stage/public-company/`, {
    oembed: true,
    fetch: (url, init) => realFetch(local(String(url)), init),
  });
  assert.match(result.open_graph.title, /^Public company: the PM's job at about 5,000 people/);
  assert.equal(result.open_graph.images[0].url, `${BUILT_FOR}stage/public-company/og.png`);
  assert.equal(result.twitter_card.card, 'summary_large_image');
  assert.equal(result.oEmbed.type, 'rich');
  assert.match(result.oEmbed.html, /^<blockquote><a href=".*stage\/public-company\/"/);
  assert.match(result.oEmbed.html, /people=5000&(amp;)?embed=1/);
});
