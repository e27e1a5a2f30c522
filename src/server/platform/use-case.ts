/**
 * The one call shape of a use case: `service.doSomething(context, input)`. A route builds the
 * context once from the request (who asks, what they may see, the app's clock); a job or the
 * command line builds it for the system actor. Services read the moment from `now` and never
 * call `new Date()`, so tests and jobs decide what time it is.
 */
import type { FastifyRequest } from 'fastify';
import { type Actor, type DataScope, SYSTEM_ACTOR } from './access.ts';
import type { Database } from './db/database.ts';
import { AppError } from './errors.ts';
import type { App } from './http.ts';

export interface UseCaseContext {
  db: Database;
  actor: Actor;
  scope: DataScope;
  now: Date;
}

/** A use case that also serves visitors who are not logged in (login, public pages). */
export interface PublicUseCaseContext extends Omit<UseCaseContext, 'actor'> {
  actor: Actor | null;
}

/** The context of a logged-in user's request; refuses an anonymous one. */
export function contextOf(app: App, request: FastifyRequest): UseCaseContext {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return { db: app.db, actor: request.actor, scope: request.scope, now: app.now() };
}

/** The context of a request that may come from an anonymous visitor. */
export function publicContextOf(app: App, request: FastifyRequest): PublicUseCaseContext {
  return { db: app.db, actor: request.actor, scope: request.scope, now: app.now() };
}

/** The context of work the system does on its own (jobs, the scheduler, the command line). */
export function systemContext(db: Database, now: Date): UseCaseContext {
  return { db, actor: SYSTEM_ACTOR, scope: { kind: 'all' }, now };
}
