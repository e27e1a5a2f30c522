import { useQuery } from '@tanstack/react-query';
import { formatDay } from '../../../../domain/dates.ts';
import type { TimelineStepView } from '../../../../server/features/timeline/timeline.schemas.ts';
import { cx } from '../../../components/class-names.ts';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { timelineQueryOptions } from '../api/timeline-api.ts';
import { timelineTexts as texts } from '../texts.ts';

function StepDay({ step }: { step: TimelineStepView }) {
  if (!step.day) return <span className="sr-timeline__day sr-muted">{texts.notYet}</span>;
  return (
    <span className="sr-timeline__day">
      {step.state === 'upcoming' ? `${texts.dueOn} ` : null}
      <time dateTime={step.day}>{formatDay(step.day)}</time>
    </span>
  );
}

/**
 * The steps of one application as an ordered list with their days; the current step carries
 * aria-current="step" and says so in words too, so the state never rests on styling alone.
 */
export function ApplicationTimeline({ applicationId }: { applicationId: string }) {
  const timeline = useQuery(timelineQueryOptions(applicationId));
  return (
    <section aria-labelledby="verloop-titel" className="sr-section">
      <h2 id="verloop-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      {timeline.isPending ? <Loading /> : null}
      {timeline.isError ? (
        <LoadError error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : null}
      {timeline.data ? (
        <>
          <p className="utrecht-paragraph">{texts.intro}</p>
          <ol className="utrecht-ordered-list sr-timeline" aria-label={texts.listLabel}>
            {timeline.data.steps.map((step, index) => (
              <li
                key={`${step.code}-${index}`}
                className={cx(
                  'utrecht-ordered-list__item',
                  'sr-timeline__step',
                  `sr-timeline__step--${step.state}`,
                )}
                aria-current={step.state === 'current' ? 'step' : undefined}
              >
                <span className="sr-timeline__label">{step.label}</span>{' '}
                <span className="sr-visually-hidden">({texts.state[step.state]})</span>{' '}
                <StepDay step={step} />
                {step.note ? <span className="sr-timeline__note">{step.note}</span> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
