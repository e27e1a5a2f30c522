/**
 * The secret of an authenticator app is what the codes are made from: whoever reads it can
 * make every code. It is stored sealed (AES-256-GCM) with a key derived from the installation's
 * pseudonym key, which is kept outside the database and its backups; the user's id is bound
 * in, so a sealed secret copied to another account does not open. Without any key (PostgreSQL
 * without SAMENREDZAAM_PSEUDONYM_KEY) the secret is stored as it is and marked so.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../../platform/errors.ts';

const SEALED = 'v1';
const UNSEALED = 'plain';

function sealingKey(pseudonymKey: string): Buffer {
  // A key of its own for this purpose, so the pseudonym key itself never encrypts anything.
  return Buffer.from(
    hkdfSync('sha256', pseudonymKey, Buffer.alloc(0), 'samenredzaam two-factor secret v1', 32),
  );
}

export function sealSecret(secret: string, userId: string, pseudonymKey: string | null): string {
  if (pseudonymKey === null) return `${UNSEALED}.${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(pseudonymKey), iv);
  cipher.setAAD(Buffer.from(userId, 'utf8'));
  const sealed = Buffer.concat([
    cipher.update(secret, 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return `${SEALED}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

export function openSecret(stored: string, userId: string, pseudonymKey: string | null): string {
  const [kind, first, second] = stored.split('.');
  if (kind === UNSEALED && first) return first;
  if (kind !== SEALED || !first || !second) throw new AppError('INTERNAL');
  if (pseudonymKey === null) throw new AppError('TWO_FACTOR_KEY_MISSING');
  const data = Buffer.from(second, 'base64url');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    sealingKey(pseudonymKey),
    Buffer.from(first, 'base64url'),
  );
  decipher.setAAD(Buffer.from(userId, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - 16));
  try {
    return Buffer.concat([
      decipher.update(data.subarray(0, data.length - 16)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    // Sealed with another key: the pseudonym key was replaced without its secrets.
    throw new AppError('TWO_FACTOR_KEY_MISSING', {
      message:
        'Inloggen in twee stappen kan nu niet worden gecontroleerd: de sleutel past niet bij de opgeslagen gegevens. Neem contact op met de functioneel beheerder.',
    });
  }
}
