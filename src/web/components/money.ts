/**
 * Money is whole cents in the API and euros for people: shown as "€ 1.234,56", typed as
 * "1234,56", "1.234,56" or "1234.56".
 */
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const amountFormat = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "€ 1.234,56" */
export function formatEuro(cents: number): string {
  return euroFormat.format(cents / 100);
}

/** "1.234,56": a stored amount as it appears in a text box. */
export function euroInputValue(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : amountFormat.format(cents / 100);
}

const DUTCH = /^\d{1,3}(\.\d{3})*(,\d{0,2})?$|^\d+(,\d{0,2})?$/;
const THOUSANDS_ONLY = /^\d{1,3}(\.\d{3})+$/;
const DECIMAL_POINT = /^\d+(\.\d{1,2})?$/;

/**
 * Whole cents from what someone typed; `null` for an empty box and `undefined` when it is not
 * an amount. A dot before three digits groups thousands ("1.234" is twelve hundred and
 * thirty-four euros); with one or two digits after it, it is a decimal point ("12.5").
 */
export function parseEuro(text: string): number | null | undefined {
  const cleaned = text.replace(/[€\s\u00a0]/g, '');
  if (cleaned === '') return null;
  let normal: string;
  if (cleaned.includes(',')) {
    if (!DUTCH.test(cleaned)) return undefined;
    normal = cleaned.replace(/\./g, '').replace(',', '.');
  } else if (THOUSANDS_ONLY.test(cleaned)) {
    normal = cleaned.replace(/\./g, '');
  } else if (DECIMAL_POINT.test(cleaned)) {
    normal = cleaned;
  } else {
    return undefined;
  }
  const [euros = '0', cents = ''] = normal.split('.');
  return Number(euros) * 100 + Number(cents.padEnd(2, '0'));
}
