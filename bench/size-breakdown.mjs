// Where the WASM's bytes go, by crate and by function. twiggy reads the release build before
// wasm-bindgen and wasm-opt (the last copy that still has function names), so the shares are what
// count here, not the absolute sizes; the size budget prints the shipped sizes.
import { execFileSync } from 'node:child_process';

const WASM = 'target/wasm32-unknown-unknown/release/pm-scale-up.wasm';
const items = JSON.parse(execFileSync('twiggy', ['top', '--format', 'json', '-n', '1000000', WASM], { maxBuffer: 1 << 28 }));

// Name sections, wasm-bindgen's metadata and its describe functions never ship: leave them out.
const shipped = items.filter((i) => !/custom section|subsection|__wbindgen_describe|WasmDescribe/.test(i.name));
const total = shipped.reduce((n, i) => n + i.shallow_size, 0);

/** The crate an item's code comes from: the first path segment of its (demangled) name. For
 *  `<A as B>::f` the code is A's; generic instances of Yew's machinery count as Yew. */
function crateOf(name) {
  if (name.startsWith('data segment')) return '(data: strings and tables)';
  // `<T as some_crate::Trait>` with a generic or primitive T: the trait's crate.
  const blanket = name.match(/^<&?(?:mut )?(?:[A-Z]|str|char|[iu](?:8|16|32|64|size)|f(?:32|64)|bool)\b[^>]* as ([a-z_][a-z0-9_]*)/);
  if (blanket) return blanket[1];
  const path = name.replace(/^<+/, '').replace(/^&(mut )?/, '');
  const m = path.match(/^([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/);
  if (!m) return '(imports, exports and glue)';
  return m[1];
}

const byCrate = new Map();
for (const i of shipped) byCrate.set(crateOf(i.name), (byCrate.get(crateOf(i.name)) ?? 0) + i.shallow_size);
console.log(`\nWASM by crate (${(total / 1000).toFixed(1)} KB before wasm-opt; shares of that)\n`);
console.log('| crate | KB | share |\n|---|---|---|');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
  console.log(`| ${crate} | ${(size / 1000).toFixed(1)} | ${((100 * size) / total).toFixed(1)}% |`);
}
console.log('\nLargest functions\n\n| function | bytes |\n|---|---|');
for (const i of shipped.filter((i) => !i.name.startsWith('data')).slice(0, 12)) {
  console.log(`| ${i.name.replace(/::h[0-9a-f]{16}$/, '').replace(/\|/g, '\\|').slice(0, 110)} | ${i.shallow_size} |`);
}
