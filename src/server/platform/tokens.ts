/**
 * Secret tokens handed out by the product (session cookies, invitation and password-reset
 * links, personal questionnaire links, the OpenID Connect login handle): 32 random bytes,
 * URL-safe. Only their SHA-256 is stored, so a copy of the database opens nothing.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
