// Values in the units people write: "5 µm" (not "5,000 nm"), "1.0 × 10⁻⁴ S/cm" (not "1.00e-4 S/cm"),
// "3.2 mAh/cm²". Every value the UI shows (result list, paper view, compare table, chart axes) goes through
// here, so a value reads the same everywhere.

const NUMBER = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
const SUPERSCRIPT = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/**
 * Larger units a canonical unit is shown in once the value reaches their size, largest first: 5,000 nm is
 * read as 5 µm, 2,000 mA/g as 2 A/g. Units not listed are shown as they are (mAh/g stays mAh/g at 3,579).
 */
const LARGER = {
  nm: [['mm', 1e6], ['µm', 1e3]],
  'mA/g': [['A/g', 1e3]],
  'mA/cm2': [['A/cm2', 1e3]],
};

/** How a unit is printed: superscript powers, as in the papers. */
const WRITTEN = { 'mAh/cm2': 'mAh/cm²', 'mg/cm2': 'mg/cm²', 'mA/cm2': 'mA/cm²', 'A/cm2': 'A/cm²' };

/** Units whose small values researchers write in powers of ten below this size ("1.2 × 10⁻³ S/cm"). */
const POWERS_BELOW = { 'S/cm': 0.1 };

/**
 * A number as a researcher writes it: "1,500", "0.35", and very small or large values in powers of ten with
 * at least two digits ("1.0 × 10⁻⁴", "1.23 × 10⁻³"). powersBelow: a size under which powers of ten are used.
 */
export function formatNumber(n, powersBelow = 0.01) {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  if (n !== 0 && (Math.abs(n) < powersBelow || Math.abs(n) >= 1e6)) {
    const [mantissa, exponent] = n.toExponential(2).split('e');
    const digits = mantissa.replace(/0$/, ''); // 1.00 -> 1.0, 1.20 -> 1.2, 1.23 stays
    const power = [...String(Number(exponent))].map(c => SUPERSCRIPT[c]).join('');
    return `${digits} × 10${power}`;
  }
  return NUMBER.format(n);
}

/** The unit to show values of a canonical unit in, for values up to magnitude: {unit, factor, written}. */
export function scaleFor(unit, magnitude) {
  const larger = (LARGER[unit] || []).find(([, factor]) => Math.abs(magnitude) >= factor);
  const [shown, factor] = larger || [unit, 1];
  return { unit: shown, factor, written: WRITTEN[shown] ?? shown ?? '' };
}

/** A number of a canonical unit without the unit, e.g. an axis label: formatAmount(1e-4, 'S/cm', 1). */
export function formatAmount(v, unit, factor = 1) {
  return formatNumber(v / factor, POWERS_BELOW[unit] ?? 0.01);
}

/** A value (and the max of a range) of a canonical unit with its unit: "1,059 mAh/g", "1–3 µm". */
export function formatValue(value, max, unit) {
  if (value === null || value === undefined) return '';
  const hasMax = max !== null && max !== undefined && max !== value;
  const scale = scaleFor(unit, Math.max(Math.abs(value), hasMax ? Math.abs(max) : 0));
  const number = hasMax
    ? `${formatAmount(value, unit, scale.factor)}–${formatAmount(max, unit, scale.factor)}`
    : formatAmount(value, unit, scale.factor);
  return scale.written ? `${number} ${scale.written}` : number;
}

/** A property of the API ({value, max, unit, raw}): its value, or the raw text where it was not normalized. */
export function formatProperty(p) {
  if (p.value === null || p.value === undefined) return p.raw || '';
  return formatValue(p.value, p.max, p.unit);
}

/** A unit as printed ("mAh/cm²"), for labels next to inputs and axes. */
export function writtenUnit(unit) {
  return unit ? WRITTEN[unit] ?? unit : '';
}
