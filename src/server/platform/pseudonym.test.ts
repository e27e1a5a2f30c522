import { describe, expect, it } from 'vitest';
import { PseudonymKeyError, pseudonymKeyFromEnv, pseudonymiseBsn } from './pseudonym.ts';

const KEY = 'test-key-for-pseudonyms-0123456789abcdef';

describe('BSN pseudonyms', () => {
  it('are lowercase hex HMAC-SHA-256 (RFC 4231 test case 2)', () => {
    expect(pseudonymiseBsn('what do ya want for nothing?', 'Jefe')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('match `openssl dgst -sha256 -hmac` for a BSN', () => {
    // echo -n 111222333 | openssl dgst -sha256 -hmac 'test-key-for-pseudonyms-0123456789abcdef'
    expect(pseudonymiseBsn('111222333', KEY)).toBe(
      '7a2cc2017a8d25f2e5bb90f3ee71b99a0421f250c002a125e15c2c225b51e779',
    );
  });

  it('are the same for the same BSN and key, and differ with another key or BSN', () => {
    expect(pseudonymiseBsn('111222333', KEY)).toBe(pseudonymiseBsn('111222333', KEY));
    expect(pseudonymiseBsn('111222333', `${KEY}x`)).not.toBe(pseudonymiseBsn('111222333', KEY));
    expect(pseudonymiseBsn('999993653', KEY)).not.toBe(pseudonymiseBsn('111222333', KEY));
    expect(pseudonymiseBsn('111222333', KEY)).not.toContain('111222333');
  });
});

describe('the pseudonym key', () => {
  it('comes from SAMENREDZAAM_PSEUDONYM_KEY', () => {
    expect(pseudonymKeyFromEnv({ SAMENREDZAAM_PSEUDONYM_KEY: KEY })).toEqual({
      key: KEY,
      random: false,
    });
  });

  it('is random for this run when unset or empty, and says so', () => {
    const first = pseudonymKeyFromEnv({});
    const second = pseudonymKeyFromEnv({ SAMENREDZAAM_PSEUDONYM_KEY: '' });
    expect(first.random).toBe(true);
    expect(second.random).toBe(true);
    expect(pseudonymiseBsn('111222333', first.key)).not.toBe(
      pseudonymiseBsn('111222333', second.key),
    );
  });

  it('is refused when shorter than 32 characters', () => {
    expect(() => pseudonymKeyFromEnv({ SAMENREDZAAM_PSEUDONYM_KEY: 'geheim' })).toThrow(
      PseudonymKeyError,
    );
    expect(() => pseudonymKeyFromEnv({ SAMENREDZAAM_PSEUDONYM_KEY: 'geheim' })).toThrow(
      /SAMENREDZAAM_PSEUDONYM_KEY is 6 characters long; use at least 32/,
    );
  });
});
