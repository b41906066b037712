// The Student-t quantile behind the 80 % intervals, without a statistics dependency.

/** Upper 10 % points of Student's t for 1..30 degrees of freedom (standard tables, 3 decimals). */
const T90 = [
  3.078, 1.886, 1.638, 1.533, 1.476, 1.44, 1.415, 1.397, 1.383, 1.372, 1.363, 1.356, 1.35, 1.345, 1.341, 1.337, 1.333,
  1.33, 1.328, 1.325, 1.323, 1.321, 1.319, 1.318, 1.316, 1.315, 1.314, 1.313, 1.311, 1.31,
];

/** The standard normal's upper 10 % point. */
const Z90 = 1.2815516;

/**
 * The 0.90 quantile of Student's t with `df` degrees of freedom: a two-sided 80 % interval is
 * estimate ± tQuantile90(df) × standard error. Fractional df round down (wider, not narrower).
 * Above 30 the Cornish-Fisher expansion is within 0.001 of the exact value. Below 1 there is no
 * estimate of the spread at all: Infinity.
 */
export function tQuantile90(df: number): number {
  if (!(df >= 1)) return Infinity;
  const whole = Math.floor(df);
  const tabled = T90[whole - 1];
  if (tabled !== undefined) return tabled;
  const z = Z90;
  return z + (z ** 3 + z) / (4 * whole) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * whole ** 2);
}
