import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PRIVACY_CLOSURE_REASON,
  SIGNAL_STATUSES,
  SIGNAL_STATUS_LABELS,
  canMoveSignal,
  isOpenStatus,
  signalStatusBodySchema,
  signalTransitionProblem,
} from './signals.ts';

const problems = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('the follow-up of a signal', () => {
  it('goes from new to in progress, and from there to one of three closing statuses', () => {
    const allowed = SIGNAL_STATUSES.flatMap((from) =>
      SIGNAL_STATUSES.filter((to) => canMoveSignal(from, to)).map((to) => `${from} → ${to}`),
    );
    expect(allowed).toEqual([
      'new → in_progress',
      'in_progress → phase_out_agreed',
      'in_progress → allocation_ended',
      'in_progress → no_double_financing',
    ]);
    expect(SIGNAL_STATUSES.filter(isOpenStatus)).toEqual(['new', 'in_progress']);
  });

  it('has a Dutch label for every status', () => {
    expect(SIGNAL_STATUSES.map((s) => SIGNAL_STATUS_LABELS[s])).toEqual([
      'Nieuw',
      'In behandeling',
      'Afbouw afgesproken',
      'Toewijzing beëindigd',
      'Geen dubbele financiering',
      'Gesloten zonder opvolging',
    ]);
  });

  it('lets nobody close a signal "without follow-up" by hand: only erasure or withdrawal does', () => {
    for (const from of SIGNAL_STATUSES) expect(canMoveSignal(from, 'closed')).toBe(false);
    expect(PRIVACY_CLOSURE_REASON).toBe('toestemming ingetrokken of gegevens gewist');
  });

  it('explains in Dutch why a move is not possible, and says nothing when it is', () => {
    expect(signalTransitionProblem('new', 'in_progress')).toBeNull();
    expect(signalTransitionProblem('new', 'phase_out_agreed')).toBe(
      'Een signaal met de status "nieuw" kan niet naar "afbouw afgesproken". Dat kan alleen naar "in behandeling".',
    );
    expect(signalTransitionProblem('allocation_ended', 'in_progress')).toBe(
      'Dit signaal is afgesloten (toewijzing beëindigd) en kan niet meer van status veranderen.',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...SIGNAL_STATUSES),
        fc.constantFrom(...SIGNAL_STATUSES),
        (from, to) => (signalTransitionProblem(from, to) === null) === canMoveSignal(from, to),
      ),
    );
  });

  it('asks for the phase-out date and the reason where the status needs them', () => {
    expect(problems(signalStatusBodySchema.safeParse({ status: 'phase_out_agreed' }))).toEqual([
      ['phaseOutDate', 'Vul de datum in waarop de afbouw klaar is.'],
    ]);
    expect(
      problems(
        signalStatusBodySchema.safeParse({
          status: 'phase_out_agreed',
          phaseOutDate: '2026-02-30',
        }),
      ),
    ).toEqual([
      ['phaseOutDate', 'Vul de datum van de afbouw in als een bestaande datum (jjjj-mm-dd).'],
    ]);
    expect(
      problems(signalStatusBodySchema.safeParse({ status: 'no_double_financing', reason: '  ' })),
    ).toEqual([['reason', 'Vul de reden in waarom er geen dubbele financiering is.']]);
    expect(problems(signalStatusBodySchema.safeParse({ status: 'gone' }))).toEqual([
      ['status', 'Kies een geldige status.'],
    ]);
    expect(
      signalStatusBodySchema.parse({
        status: 'no_double_financing',
        reason: ' Andere dagen ',
        note: '',
      }),
    ).toEqual({ status: 'no_double_financing', reason: 'Andere dagen' });
  });
});
