import { describe, expect, it } from 'vitest';
import { euroInputValue, formatEuro, parseEuro } from './money.ts';

/** Intl writes a no-break space between € and the amount. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatEuro', () => {
  it('shows cents as euros the Dutch way', () => {
    expect(plain(formatEuro(123456))).toBe('€ 1.234,56');
    expect(plain(formatEuro(5))).toBe('€ 0,05');
    expect(plain(formatEuro(0))).toBe('€ 0,00');
  });
});

describe('euroInputValue', () => {
  it('puts a stored amount in a text box, and nothing for no amount', () => {
    expect(euroInputValue(123456)).toBe('1.234,56');
    expect(euroInputValue(1000)).toBe('10,00');
    expect(euroInputValue(null)).toBe('');
    expect(euroInputValue(undefined)).toBe('');
  });
});

describe('parseEuro', () => {
  it('reads amounts written the Dutch way', () => {
    expect(parseEuro('1234,56')).toBe(123456);
    expect(parseEuro('1.234,56')).toBe(123456);
    expect(parseEuro('€ 1.234,5')).toBe(123450);
    expect(parseEuro('12,')).toBe(1200);
    expect(parseEuro('1.000.000')).toBe(100000000);
  });

  it('reads a dot before one or two digits as a decimal point, before three as thousands', () => {
    expect(parseEuro('1234.56')).toBe(123456);
    expect(parseEuro('12.5')).toBe(1250);
    expect(parseEuro('1.234')).toBe(123400);
  });

  it('gives null for an empty box and undefined for what is not an amount', () => {
    expect(parseEuro('')).toBeNull();
    expect(parseEuro('  ')).toBeNull();
    expect(parseEuro('tien euro')).toBeUndefined();
    expect(parseEuro('12,345')).toBeUndefined();
    expect(parseEuro('-5')).toBeUndefined();
    expect(parseEuro('1.23.4')).toBeUndefined();
  });
});
