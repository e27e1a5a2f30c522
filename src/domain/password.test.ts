import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORD_MESSAGE, newPasswordSchema } from './password.ts';

describe('new passwords', () => {
  it('need at least 12 characters', () => {
    expect(newPasswordSchema.safeParse('elf-tekens!').success).toBe(false);
    expect(newPasswordSchema.safeParse('twaalf-tekens').success).toBe(true);
    expect(newPasswordSchema.safeParse('elf-tekens!').error?.issues[0]?.message).toBe(
      'Het wachtwoord moet minstens 12 tekens lang zijn.',
    );
  });
});

describe('new passwords that are guessed first', () => {
  it('refuses the commonest long passwords, whatever their capitals', () => {
    for (const password of ['123456789012', 'Password1234', 'QWERTYUIOP123', 'samenredzaam']) {
      const result = newPasswordSchema.safeParse(password);
      expect(result.success, password).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(COMMON_PASSWORD_MESSAGE);
    }
  });

  it('refuses a common word with only digits and marks around it, and one repeated character', () => {
    for (const password of ['Wachtwoord2024!', 'Zomer2026!!!!', '!!Welkom12345', 'xxxxxxxxxxxx']) {
      expect(newPasswordSchema.safeParse(password).success, password).toBe(false);
    }
  });

  it('accepts a sentence of a few words, and a common word inside a longer password', () => {
    for (const password of [
      'paard batterij nietje',
      'mijn wachtwoord is lang',
      'Zomer aan de Maas 2026',
    ]) {
      expect(newPasswordSchema.safeParse(password).success, password).toBe(true);
    }
  });
});
