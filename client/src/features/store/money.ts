/** Money in minor units as the product and order screens show and edit it. */

/** Minor-unit digits of a currency (2 for EUR, 0 for JPY); 2 when the browser does not know it. */
export function fractionDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** An amount in minor units as people read it, e.g. `€19.99`. */
export function formatMoney(money: { amount: number; currency: string }): string {
  const digits = fractionDigits(money.currency);
  const major = money.amount / 10 ** digits;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: money.currency }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${money.currency}`;
  }
}

/** Minor units as an editable decimal, e.g. 1999 EUR → `19.99`. */
export function toMajor(amount: number, currency: string): string {
  const digits = fractionDigits(currency);
  return (amount / 10 ** digits).toFixed(digits);
}

/**
 * A typed decimal in minor units: `19.99` EUR → 1999, `19,9` → 1990; null for text that is not a
 * non-negative amount with at most the currency's digits.
 */
export function toMinor(text: string, currency: string): number | null {
  const digits = fractionDigits(currency);
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}
