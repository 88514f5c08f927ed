/**
 * Rounds to `decimals` places, half away from zero, on the decimal value a
 * person would read: 1.005 becomes 1.01 although its binary value is below it.
 */
export function roundHalfAwayFromZero(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15) return value;

  // 15 significant digits drop the binary noise; shifting by the exponent in
  // the string avoids multiplying, which would bring the noise back.
  const cleaned = Number(magnitude.toPrecision(15));
  const [mantissa = '0', exponent = '0'] = cleaned.toExponential().split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const rounded = Math.round(shifted);
  const [rMantissa = '0', rExponent = '0'] = rounded.toExponential().split('e');
  const result = Number(`${rMantissa}e${Number(rExponent) - decimals}`);
  return value < 0 && result !== 0 ? -result : result;
}
