import { describe, expect, it } from 'vitest';
import { newPasswordSchema } from './password.ts';

describe('new passwords', () => {
  it('need at least 12 characters', () => {
    expect(newPasswordSchema.safeParse('elf-tekens!').success).toBe(false);
    expect(newPasswordSchema.safeParse('twaalf-tekens').success).toBe(true);
    expect(newPasswordSchema.safeParse('elf-tekens!').error?.issues[0]?.message).toBe(
      'Het wachtwoord moet minstens 12 tekens lang zijn.',
    );
  });
});
