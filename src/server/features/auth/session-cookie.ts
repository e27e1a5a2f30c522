import type { FastifyReply, FastifyRequest } from 'fastify';
import { type App, SESSION_COOKIE } from '../../platform/http.ts';
import { type PublicUseCaseContext, publicContextOf } from '../../platform/use-case.ts';
import type { LoginResult } from './auth.service.ts';

/**
 * The context of a request that logs in or reads a session. Sessions live in real time, not
 * in the application clock that tests move to deadlines.
 */
export function sessionContextOf(app: App, request: FastifyRequest): PublicUseCaseContext {
  return { ...publicContextOf(app, request), now: new Date() };
}

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
