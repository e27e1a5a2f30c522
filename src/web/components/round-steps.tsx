import { CATEGORY_CODES, CATEGORY_LABELS } from '../../domain/tender/categories.ts';
import { ROUND_STATUS_LABELS } from '../../domain/tender/round-rules.ts';
import {
  CATEGORY_PHASE_LABELS,
  ROUND_PHASES,
  ROUND_PHASE_LABELS,
} from '../../domain/tender/round-state.ts';
import type { Round } from '../../server/features/rounds/rounds.schemas.ts';
import { widgetTexts } from './widget-texts.ts';

const texts = widgetTexts.roundSteps;

/**
 * Where the round stands in its process (docs/rules/round-states.md): a badge, the steps in
 * order, what the current step allows, and after the deadline the state of each category.
 */
export function RoundSteps({ round }: { round: Round }) {
  const current = ROUND_PHASES.indexOf(round.phase);
  const explanation =
    round.phase === 'open'
      ? texts.explanation.open(round.deadlineDisplay)
      : texts.explanation[round.phase];
  const afterDeadline = current >= ROUND_PHASES.indexOf('closed');
  return (
    <section aria-labelledby="ronde-stand-titel" className="sr-round-steps">
      <p className="utrecht-paragraph" id="ronde-stand-titel">
        {texts.status}:{' '}
        <span className={`sr-badge sr-badge--phase-${round.phase}`}>
          {round.status === 'scheduled'
            ? ROUND_STATUS_LABELS.scheduled
            : ROUND_PHASE_LABELS[round.phase]}
        </span>
      </p>
      <ol className="sr-steps" aria-label={texts.label}>
        {ROUND_PHASES.map((phase, index) => (
          <li
            key={phase}
            className={`sr-steps__step${index < current ? ' sr-steps__step--done' : ''}${index === current ? ' sr-steps__step--current' : ''}`}
            aria-current={index === current ? 'step' : undefined}
          >
            {ROUND_PHASE_LABELS[phase]}
            {index < current ? <span className="sr-visually-hidden"> ({texts.done})</span> : null}
            {index === current ? (
              <span className="sr-visually-hidden"> ({texts.current})</span>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="utrecht-paragraph">{explanation}</p>
      {afterDeadline ? (
        <ul className="utrecht-unordered-list" aria-label={texts.categoriesLabel}>
          {CATEGORY_CODES.map((category) => (
            <li className="utrecht-unordered-list__item" key={category}>
              {CATEGORY_LABELS[category]}:{' '}
              {CATEGORY_PHASE_LABELS[round.categoryPhases[category]].toLowerCase()}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
