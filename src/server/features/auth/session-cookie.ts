import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../platform/http.ts';
import type { LoginResult } from './auth.service.ts';

/** The cookie of a new session, as every way of logging in sets it. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  result: LoginResult,
) {
  void reply.setCookie(SESSION_COOKIE, result.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: result.expiresAt,
  });
}
