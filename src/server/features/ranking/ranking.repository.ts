/** The queries of the ranking: the round it ranks, and the versions of its rankings. */
import { and, desc, eq } from 'drizzle-orm';
import type { Category } from '../../../domain/tender/categories.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { rankings, rounds } from '../../platform/db/schema.ts';

export type RoundRow = typeof rounds.$inferSelect;
export type RankingRow = typeof rankings.$inferSelect;

export async function findRound(db: Queryable, roundId: string): Promise<RoundRow | undefined> {
  const [round] = await db.select().from(rounds).where(eq(rounds.id, roundId));
  return round;
}

/** Locks the round's row until the transaction ends: one fix at a time per round. */
export async function lockRound(tx: Tx, roundId: string): Promise<void> {
  await tx.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, roundId)).for('update');
}

/** The round's rankings (of one category, or all), per category the newest version first. */
export async function listRankings(
  db: Queryable,
  roundId: string,
  category?: Category,
): Promise<RankingRow[]> {
  return db
    .select()
    .from(rankings)
    .where(
      and(eq(rankings.roundId, roundId), category ? eq(rankings.category, category) : undefined),
    )
    .orderBy(rankings.category, desc(rankings.version));
}

export async function insertRanking(
  tx: Tx,
  values: typeof rankings.$inferInsert,
): Promise<RankingRow> {
  const [created] = await tx.insert(rankings).values(values).returning();
  return created!;
}
