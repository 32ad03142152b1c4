// Which phone a CPU throttling rate stands for on this machine, and the rate that stands for a
// given phone. Shared by the sweep (sweep.mjs) and the handover bench (handover.mjs).
//
// A fixed rate is relative to the machine it runs on: 4x on a fast desktop is a mid-tier phone, 4x
// on a slow virtual machine is a much slower one. Chrome DevTools calibrates instead ("CPU
// throttling: calibrate"): it runs Lighthouse's BenchmarkIndex, a short CPU benchmark, under
// throttling and looks for the rate at which this machine scores what a reference phone scores.
// This module does the same, with DevTools' reference scores (its way of finding the rate is below).
//
// BENCH_THROTTLE is a rate (`4`, `6`, `1` for the machine's own speed), the name of a phone class
// to calibrate for (`mid-tier` or `low-tier`), or a score to calibrate for (`index:500`): a fixed
// rate on a machine three times as fast stands for a phone three times as fast, so a figure taken
// at 4x on one machine is compared with another machine's at the same index, not the same rate.
export const PHONES = {
  'mid-tier': { index: 1000, example: 'a mid-tier phone such as a Pixel 5' },
  'low-tier': { index: 264, example: 'a low-tier phone such as a Moto G4 Power (2022)' },
};

// Lighthouse's BenchmarkIndex, run in the page: half the time building strings (which the garbage
// collector has to clear up), half copying an array of 100,000 numbers back and forth; each part
// counts its rounds per second, divided by 10, and the index is their mean. A desktop scores over
// 1,000; DevTools takes a Pixel 5 to score 1,000 and a Moto G4 Power (2022) 264.
function benchmarkIndex(ms) {
  const half = ms / 2;
  const perSecond = (rounds, since) => Math.round(rounds / 10 / ((Date.now() - since) / 1000));
  let since = Date.now();
  let rounds = 0;
  while (Date.now() - since < half) {
    let text = '';
    for (let i = 0; i < 10000; i++) text += 'a';
    if (text.length !== 10000) throw new Error('unreachable: keeps the loop from being optimised away');
    rounds++;
  }
  const strings = perSecond(rounds, since);
  const a = Array.from({ length: 100000 }, (_, i) => i);
  const b = a.slice();
  since = Date.now();
  rounds = 0;
  // The clock is read every tenth round only, as Lighthouse does.
  while (rounds % 10 !== 0 || Date.now() - since < half) {
    const [from, to] = rounds % 2 ? [b, a] : [a, b];
    for (let i = 0; i < from.length; i++) to[i] = from[i];
    rounds++;
  }
  return (strings + perSecond(rounds, since)) / 2;
}

const RUN_MS = 250;
const RUNS = 5;
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/** Scores the page's CPU at `rate`: the median of 5 runs, as one run swings by a tenth or more. */
async function score(page, cdp, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(`(${benchmarkIndex})(${RUN_MS})`));
  return median(runs);
}

/** `index:N`: a device that scores N, as a phone class of its own; anything else is not one. */
function scoreAsked(asked) {
  const m = /^index:(\d+)$/.exec(asked);
  const index = m ? Number(m[1]) : NaN;
  return index >= 50 && index <= 5000 ? { index, example: `a device scoring ${index}` } : undefined;
}

/**
 * The throttling rate BENCH_THROTTLE asks for, worked out in a page of `browser` of its own, with
 * what it stands for: `{ rate, index, ownIndex, phone }`, where `index` is this machine's score at
 * that rate, `ownIndex` its score unthrottled, and `phone` the class calibrated for, if any.
 *
 * DevTools halves an interval of rates until the score matches. On a shared virtual machine one
 * score swings too much for that to settle, but the score falls almost in proportion to the rate
 * (measured here: the index times the rate stays within a tenth from 1x to 6x). So the rate is
 * scaled by how far the score is from the phone's, from the machine's own speed, until the score
 * is within 3% of the phone's, at most 4 times.
 */
export async function throttle(browser, fallback = 4) {
  const asked = process.env.BENCH_THROTTLE || String(fallback);
  const phone = PHONES[asked] ?? scoreAsked(asked);
  const fixed = Number(asked);
  if (!phone && !(fixed >= 1)) {
    throw new Error(`BENCH_THROTTLE must be a rate of 1 or more, one of ${Object.keys(PHONES).join(', ')}, or index:N (N from 50 to 5000)`);
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto('about:blank');
  await page.evaluate(`(${benchmarkIndex})(${RUN_MS})`); // a first run, for the JIT
  const ownIndex = await score(page, cdp, 1);
  let rate = phone ? 1 : fixed;
  let index = phone ? ownIndex : await score(page, cdp, fixed);
  for (let i = 0; phone && i < 4 && Math.abs(index - phone.index) > phone.index * 0.03 && (i > 0 || index > phone.index); i++) {
    // The throttling backend takes hundredths of a rate.
    rate = Math.max(1, Math.round(((rate * index) / phone.index) * 100) / 100);
    if (rate === 1) break;
    index = await score(page, cdp, rate);
  }
  await context.close();
  return { rate, index, ownIndex, phone };
}

/** What a throttle stands for, in words: "2.05x CPU throttling (benchmark index 1,004 ...)". */
export function describe({ rate, index, ownIndex, phone }) {
  const n = (x) => Math.round(x).toLocaleString('en');
  const scale = `DevTools takes ${n(PHONES['mid-tier'].index)} for a Pixel 5 and ${n(PHONES['low-tier'].index)} for a Moto G4 Power (2022)`;
  if (phone && ownIndex <= phone.index) {
    return `1x CPU throttling: this machine scores ${n(ownIndex)} on Lighthouse's benchmark index, no faster than ${phone.example} (${phone.index}), so it runs unthrottled`;
  }
  const what = phone ? `calibrated for ${phone.example}` : 'a fixed rate';
  return `${rate}x CPU throttling, ${what}: this machine scores ${n(index)} on Lighthouse's benchmark index at that rate and ${n(ownIndex)} unthrottled (${scale})`;
}
