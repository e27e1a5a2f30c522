import { describe, expect, it } from 'vitest';
import { hashToken, newToken } from './tokens.ts';

describe('secret tokens', () => {
  it('are 32 random bytes in 43 URL-safe characters, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newToken()));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('are stored as their SHA-256 in hex', () => {
    // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
