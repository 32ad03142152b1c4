// Two builds compared run by run. The benches interleave the builds (A, B, A, B, ...), so run k of
// A and run k of B are neighbours in time and meet the same minutes of a machine whose speed
// swings. Their difference, pair by pair, is freer of those swings than the difference of two
// medians, and a sign test says how often a difference that large would come from noise alone.

/** How likely k or fewer of n fair coin tosses come up heads, or k or fewer tails: the two-sided
 * sign test's p-value for k wins of one side out of n untied pairs. */
export function signTest(k, n) {
  if (n === 0) return 1;
  const low = Math.min(k, n - k);
  let tail = 0;
  let ways = 1; // n choose i, built up from i = 0
  for (let i = 0; i <= low; i++) {
    tail += ways;
    ways = (ways * (n - i)) / (i + 1);
  }
  return Math.min(1, (2 * tail) / 2 ** n);
}

/**
 * Pairs `a[k]` with `b[k]` (pairs where either is not a number are left out) and returns the
 * median of `a - b` (or of `a / b` with `ratio`) with its range, how many pairs had A lower, B
 * lower or both the same, and the sign test's p-value for the split.
 */
export function paired(a, b, { ratio = false } = {}) {
  const pairs = a.map((x, k) => [x, b[k]]).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && (!ratio || y !== 0));
  const differences = pairs.map(([x, y]) => (ratio ? x / y : x - y)).sort((p, q) => p - q);
  const aLower = pairs.filter(([x, y]) => x < y).length;
  const bLower = pairs.filter(([x, y]) => x > y).length;
  return {
    n: pairs.length,
    median: differences.length ? differences[Math.floor(differences.length / 2)] : NaN,
    min: differences.length ? differences[0] : NaN,
    max: differences.length ? differences.at(-1) : NaN,
    aLower,
    bLower,
    ties: pairs.length - aLower - bLower,
    p: signTest(aLower, aLower + bLower),
  };
}

/** The cells of a printed table's row: "-4.1 (-9.0 to 0.6)", "A lower in 8, B in 1, the same in 0",
 * "p = 0.039". */
export function describePaired(result, format) {
  if (!result.n) return ['n/a', '', ''];
  const spread = result.n > 1 ? `${format(result.median)} (${format(result.min)} to ${format(result.max)})` : format(result.median);
  const split = `A lower in ${result.aLower}, B in ${result.bLower}, the same in ${result.ties}`;
  return [spread, split, `p = ${result.p < 0.001 ? '< 0.001' : result.p.toFixed(3)}`];
}
