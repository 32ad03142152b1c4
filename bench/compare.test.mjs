// The pair-by-pair comparison the benches print with two builds (compare.mjs). Run by
// scripts/test.sh: a wrong sign test would call noise a gain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signTest, paired, describePaired } from './compare.mjs';

test('the sign test gives the two-sided binomial tail of a split', () => {
  // 9 of 9 pairs one way: 2 / 2^9; 8 of 9: 2 * (1 + 9) / 2^9; 6 of 7: 2 * (1 + 7) / 2^7.
  assert.equal(signTest(9, 9), 2 / 512);
  assert.equal(signTest(0, 9), 2 / 512);
  assert.equal(signTest(8, 9), 20 / 512);
  assert.equal(signTest(6, 7), 16 / 128);
  // An even split, or no untied pair at all, says nothing.
  assert.equal(signTest(5, 10), 1);
  assert.equal(signTest(0, 0), 1);
  // Five pairs can never say more than 1 in 16.
  assert.equal(signTest(5, 5), 0.0625);
});

test('pairs are taken run by run, ties and missing figures apart', () => {
  const result = paired([1, 2, 3, 4, NaN], [2, 2, 5, 1, 9]);
  assert.deepEqual(
    { n: result.n, median: result.median, min: result.min, max: result.max, aLower: result.aLower, bLower: result.bLower, ties: result.ties },
    { n: 4, median: 0, min: -2, max: 3, aLower: 2, bLower: 1, ties: 1 },
  );
  // The ties leave the test: 2 of 3 untied pairs.
  assert.equal(result.p, signTest(2, 3));
});

test('a ratio leaves out pairs it cannot divide by', () => {
  const result = paired([10, 20, 6], [5, 10, 0], { ratio: true });
  assert.equal(result.n, 2);
  assert.equal(result.median, 2);
  assert.equal(result.bLower, 2);
});

test('the printed cells say the spread, the split and the test', () => {
  assert.deepEqual(describePaired(paired([1, 2, 3, 4, 5, 6, 7, 8, 9], [2, 3, 4, 5, 6, 7, 8, 9, 1]), (v) => v.toFixed(1)), [
    '-1.0 (-1.0 to 8.0)',
    'A lower in 8, B in 1, the same in 0',
    'p = 0.039',
  ]);
  assert.deepEqual(describePaired(paired([NaN], [1]), String), ['n/a', '', '']);
});
