import { count, desc, ilike } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import { mailMessages } from '../../platform/db/schema.ts';

/** A page of the outbox, newest first; `to` matches part of the address, as typed. */
export async function listMailMessages(
  db: Queryable,
  to: string | undefined,
  page: number,
  pageSize: number,
) {
  const where = to
    ? ilike(mailMessages.to, `%${to.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(mailMessages)
      .where(where)
      .orderBy(desc(mailMessages.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(mailMessages).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
