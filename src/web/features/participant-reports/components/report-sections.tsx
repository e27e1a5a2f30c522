import { lazy, Suspense, type ReactNode } from 'react';
import { DAY_PART_LABELS } from '../../../../domain/day-parts.ts';
import {
  HEALTH_DIMENSION_LABELS,
  HEALTH_DIMENSIONS,
  RESPONDENTS,
} from '../../../../domain/participants/positive-health.ts';
import {
  CLIENT_ROUTE_LABELS,
  CLIENT_ROUTES,
  OUTFLOW_KINDS,
  OUTFLOW_LABELS,
} from '../../../../domain/participants/registration.ts';
import { RESPONDENT_LABELS } from '../../../../domain/participants/report/sections.ts';
import type { ReportSectionsView } from '../../../../server/features/participant-reports/participant-reports.schemas.ts';
import { reportsTexts } from '../texts.ts';
import { Count, Mean, ReportTable } from '../../../components/report-table.tsx';

const texts = reportsTexts.sections;

// The chart library is loaded after the tables are on screen, and only when there is a chart.
const WeeklyChart = lazy(() =>
  import('./weekly-chart.tsx').then((m) => ({ default: m.WeeklyChart })),
);

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function Section({
  id,
  level,
  title,
  children,
}: {
  id: string;
  level: 2 | 3;
  title: string;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`${id}-kop`} className="sr-section">
      <Heading id={`${id}-kop`} className={`utrecht-heading-${level}`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * The sections of a report: participants, attendance, positive health, satisfaction and
 * outflow, each as tables with a caption. `id` keeps the ids of two reports on one page apart.
 */
export function ReportSections({
  report,
  id,
  level,
}: {
  report: ReportSectionsView;
  id: string;
  level: 2 | 3;
}) {
  const p = report.participants;
  const a = report.attendance;
  const s = report.satisfaction;
  const hasWeeks = a.perWeek.some(
    (w) => (typeof w.registered === 'number' && w.registered > 0) || w.anonymous !== 0,
  );
  const sub = level === 2 ? 3 : 4;
  const SubHeading = sub === 3 ? 'h3' : 'h4';
  return (
    <>
      <Section id={`${id}-deelnemers`} level={level} title={texts.participants}>
        <ReportTable
          id={`${id}-deelnemers-tabel`}
          caption={texts.participantsCaption}
          columns={[texts.subject, texts.count]}
          rows={[
            { key: 'active', header: texts.active, cells: [<Count value={p.active} />] },
            { key: 'new', header: texts.new, cells: [<Count value={p.new} />] },
            { key: 'erased', header: texts.erased, cells: [<Count value={p.erased} />] },
          ]}
        />
        <ReportTable
          id={`${id}-klantroutes`}
          caption={texts.clientRoutesCaption}
          columns={[texts.clientRoute, texts.count]}
          rows={CLIENT_ROUTES.map((route) => ({
            key: route,
            header: CLIENT_ROUTE_LABELS[route],
            cells: [<Count value={p.byClientRoute[route]} />],
          }))}
        />
      </Section>

      <Section id={`${id}-aanwezigheid`} level={level} title={texts.attendance}>
        <ReportTable
          id={`${id}-dagdelen`}
          caption={texts.dayPartsCaption}
          columns={[texts.dayPart, texts.registered, texts.anonymous]}
          rows={[
            ...a.byDayPart.map((d) => ({
              key: d.dayPart,
              header: capital(DAY_PART_LABELS[d.dayPart]),
              cells: [<Count value={d.registered} />, <Count value={d.anonymous} />],
            })),
            {
              key: 'total',
              header: texts.total,
              cells: [<Count value={a.registered} />, <Count value={a.anonymous} />],
            },
          ]}
        />
        <ReportTable
          id={`${id}-geopend`}
          caption={texts.openedDayParts}
          columns={[texts.subject, texts.value]}
          rows={[
            {
              key: 'opened',
              header: texts.openedDayParts,
              cells: [<Count value={a.openedDayParts} />],
            },
            {
              key: 'average',
              header: texts.average,
              cells: [<Mean value={a.averagePerOpenedDayPart} suppressed={a.averageSuppressed} />],
            },
          ]}
        />
        {hasWeeks ? (
          <figure className="sr-figure">
            <figcaption className="sr-figure__caption">{texts.chartTitle}</figcaption>
            <Suspense fallback={<p className="utrecht-paragraph">{texts.chartLoading}</p>}>
              <WeeklyChart weeks={a.perWeek} describedBy={`${id}-weken`} />
            </Suspense>
          </figure>
        ) : null}
        <details className="sr-details">
          <summary className="sr-details__summary">{texts.weeksCaption}</summary>
          <ReportTable
            id={`${id}-weken`}
            caption={texts.weeksCaption}
            columns={[texts.week, texts.registered, texts.anonymous]}
            rows={a.perWeek.map((w) => ({
              key: w.week,
              header: texts.weekLabel(w.week),
              cells: [<Count value={w.registered} />, <Count value={w.anonymous} />],
            }))}
          />
        </details>
      </Section>

      <Section id={`${id}-gezondheid`} level={level} title={texts.health}>
        <p className="utrecht-paragraph">{texts.healthIntro}</p>
        {RESPONDENTS.map((respondent) => {
          const h = report.health[respondent];
          const who = RESPONDENT_LABELS[respondent];
          return (
            <section
              key={respondent}
              aria-labelledby={`${id}-${respondent}-kop`}
              className="sr-section"
            >
              <SubHeading id={`${id}-${respondent}-kop`} className={`utrecht-heading-${sub}`}>
                {who}
              </SubHeading>
              <p className="utrecht-paragraph">
                {texts.basedOn}: <Count value={h.participants} />
                {h.suppressed ? `. ${texts.tooFew}` : null}
              </p>
              <ReportTable
                id={`${id}-${respondent}-verandering`}
                caption={texts.changeCaption(who)}
                columns={[texts.dimension, texts.first, texts.latest, texts.change]}
                rows={h.dimensions.map((d) => ({
                  key: d.dimension,
                  header: HEALTH_DIMENSION_LABELS[d.dimension].label,
                  cells: [
                    <Mean value={d.first} suppressed={h.suppressed} />,
                    <Mean value={d.latest} suppressed={h.suppressed} />,
                    <Mean value={d.change} suppressed={h.suppressed} change />,
                  ],
                }))}
              />
              <ReportTable
                id={`${id}-${respondent}-kwartalen`}
                caption={texts.quarterCaption(who)}
                columns={[
                  texts.quarter,
                  texts.people,
                  texts.measurements,
                  ...HEALTH_DIMENSIONS.map((d) => HEALTH_DIMENSION_LABELS[d].label),
                ]}
                rows={h.perQuarter.map((q) => ({
                  key: q.quarter,
                  header: texts.quarterLabel(q.quarter),
                  cells: [
                    <Count value={q.participants} />,
                    <Count value={q.measurements} />,
                    ...HEALTH_DIMENSIONS.map((d) => (
                      <Mean value={q.averages[d]} suppressed={q.suppressed} />
                    )),
                  ],
                }))}
              />
            </section>
          );
        })}
      </Section>

      <Section id={`${id}-tevredenheid`} level={level} title={texts.satisfaction}>
        <p className="utrecht-paragraph">{texts.satisfactionIntro}</p>
        <ReportTable
          id={`${id}-tevredenheid-tabel`}
          caption={texts.satisfactionCaption}
          columns={[texts.subject, texts.value]}
          rows={[
            {
              key: 'mean',
              header: texts.satisfactionMean,
              cells: [<Mean value={s.mean} suppressed={s.suppressed} />],
            },
            { key: 'answers', header: texts.answers, cells: [<Count value={s.answers} />] },
            {
              key: 'people',
              header: texts.satisfactionPeople,
              cells: [<Count value={s.people} />],
            },
          ]}
        />
        <ReportTable
          id={`${id}-verdeling`}
          caption={texts.distributionCaption}
          columns={[texts.score, texts.answers]}
          rows={s.distribution.map((d) => ({
            key: String(d.score),
            header: String(d.score),
            cells: [<Count value={d.count} />],
          }))}
        />
      </Section>

      <Section id={`${id}-uitstroom`} level={level} title={texts.outflow}>
        <ReportTable
          id={`${id}-uitstroom-tabel`}
          caption={texts.outflowCaption}
          columns={[texts.outflowKind, texts.count]}
          rows={[
            ...OUTFLOW_KINDS.map((kind) => ({
              key: kind,
              header: OUTFLOW_LABELS[kind],
              cells: [<Count value={report.outflow.byKind[kind]} />],
            })),
            {
              key: 'total',
              header: texts.total,
              cells: [<Count value={report.outflow.total} />],
            },
          ]}
        />
      </Section>
    </>
  );
}
