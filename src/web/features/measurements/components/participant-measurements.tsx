/** The measurements of one participant: spider web, history, new measurement, personal link. */
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { formatDay } from '../../../../domain/dates.ts';
import {
  HEALTH_DIMENSION_LABELS,
  HEALTH_DIMENSIONS,
  spiderWebSeries,
  type HealthDimension,
} from '../../../../domain/participants/positive-health.ts';
import type { Measurement } from '../../../../server/features/measurements/measurements.schemas.ts';
import { Alert } from '../../../components/alert.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { cell as tableCell, Table } from '../../../components/table.tsx';
import { measurementsQueryOptions } from '../api/measurements-api.ts';
import { measurementsTexts } from '../texts.ts';
import { MeasurementForm } from './measurement-form.tsx';
import { QuestionnaireLinkSection } from './questionnaire-link.tsx';
import type { SeriesKind, SpiderWebData } from './spider-web-chart.tsx';

const texts = measurementsTexts.participant;

// The chart library is loaded after the numbers are on screen, and only where a web is shown.
const SpiderWebChart = lazy(() =>
  import('./spider-web-chart.tsx').then((m) => ({ default: m.SpiderWebChart })),
);

const SERIES_NAMES: Record<SeriesKind, string> = {
  participantNow: texts.seriesParticipantNow,
  participantEarlier: texts.seriesParticipantEarlier,
  coordinatorNow: texts.seriesCoordinatorNow,
};
const SERIES_ORDER: SeriesKind[] = ['participantNow', 'participantEarlier', 'coordinatorNow'];

const labelOf = (d: HealthDimension) => HEALTH_DIMENSION_LABELS[d].label;
/** "★ Meedoen (wil erover praten)" for a dimension someone wants to talk about. */
const markedLabel = (d: HealthDimension, talkAbout: readonly HealthDimension[]) =>
  talkAbout.includes(d) ? texts.talkMark(labelOf(d)) : labelOf(d);

export function ParticipantMeasurements({ participantId }: { participantId: string }) {
  const list = useQuery(measurementsQueryOptions(participantId));
  const data = list.data;
  const canRecord = data ? data.consentStands && !data.participantLeft : false;

  return (
    <section aria-labelledby="metingen-titel" className="sr-section">
      <h2 id="metingen-titel" className="utrecht-heading-2">
        {texts.sectionTitle}
      </h2>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {data ? (
        <>
          {data.participantLeft ? (
            <Alert type="info">
              <p className="utrecht-paragraph">{texts.left}</p>
            </Alert>
          ) : !data.consentStands ? (
            <Alert type="warning">
              <p className="utrecht-paragraph">{texts.noConsent}</p>
            </Alert>
          ) : null}
          <SpiderWeb measurements={data.items} />
          <History measurements={data.items} />
          {canRecord ? (
            <>
              <MeasurementForm participantId={participantId} />
              <QuestionnaireLinkSection
                participantId={participantId}
                activeLink={data.activeLink}
              />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function SpiderWeb({ measurements }: { measurements: Measurement[] }) {
  const { series, shown, chart } = useMemo(() => {
    const series = spiderWebSeries(measurements);
    const shown = SERIES_ORDER.flatMap((kind) => {
      const measurement = series[kind];
      return measurement ? [{ kind, measurement }] : [];
    });
    const chart: SpiderWebData = {
      indicators: HEALTH_DIMENSIONS.map((d) => markedLabel(d, series.talkAbout)),
      series: shown.map(({ kind, measurement }) => ({
        kind,
        name: SERIES_NAMES[kind],
        values: HEALTH_DIMENSIONS.map((d) => measurement.scores[d]),
      })),
      label: texts.chartLabel(shown.map(({ kind }) => SERIES_NAMES[kind])),
    };
    return { series, shown, chart };
  }, [measurements]);

  return (
    <section aria-labelledby="spinnenweb-titel" className="sr-section">
      <h3 id="spinnenweb-titel" className="utrecht-heading-3">
        {texts.webTitle}
      </h3>
      {shown.length === 0 ? (
        <p className="utrecht-paragraph">{texts.webNone}</p>
      ) : (
        <>
          <h4 className="utrecht-heading-4">{texts.talkTitle}</h4>
          {series.talkAbout.length > 0 ? (
            <ul className="utrecht-unordered-list sr-talk-list">
              {series.talkAbout.map((d) => (
                <li className="utrecht-unordered-list__item" key={d}>
                  {texts.talkMark(labelOf(d))}
                </li>
              ))}
            </ul>
          ) : (
            <p className="utrecht-paragraph">{texts.talkNone}</p>
          )}
          <figure className="sr-figure">
            <Suspense fallback={<p className="utrecht-paragraph">{texts.chartLoading}</p>}>
              <SpiderWebChart data={chart} />
            </Suspense>
          </figure>
          <Table
            id="spinnenweb-tabel"
            caption={texts.webTableCaption}
            columns={[
              texts.dimension,
              ...shown.map(({ kind, measurement }) => ({
                label: texts.seriesDated(SERIES_NAMES[kind], formatDay(measurement.measuredOn)),
                numeric: true,
              })),
            ]}
          >
            {HEALTH_DIMENSIONS.map((d) => (
              <tr className="utrecht-table__row" key={d}>
                <th scope="row" className={tableCell.data}>
                  {markedLabel(d, series.talkAbout)}
                </th>
                {shown.map(({ kind, measurement }) => (
                  <td key={kind} className={tableCell.number}>
                    {measurement.scores[d]}
                  </td>
                ))}
              </tr>
            ))}
          </Table>
        </>
      )}
    </section>
  );
}

function History({ measurements }: { measurements: Measurement[] }) {
  if (measurements.length === 0) return null;
  const { data: cell, number } = tableCell;
  return (
    <section aria-labelledby="metingen-historie-titel" className="sr-section">
      <h3 id="metingen-historie-titel" className="utrecht-heading-3">
        {texts.historyTitle}
      </h3>
      <Table
        id="metingen-tabel"
        caption={texts.historyCaption(measurements.length)}
        columns={[
          texts.columns.measuredOn,
          texts.columns.respondent,
          ...HEALTH_DIMENSIONS.map((d) => ({ label: labelOf(d), numeric: true })),
          { label: texts.columns.satisfaction, numeric: true },
          texts.columns.talkAbout,
          texts.columns.remark,
        ]}
      >
        {measurements.map((m) => (
          <tr className="utrecht-table__row" key={m.id}>
            <th scope="row" className={`${cell} sr-nowrap`}>
              <time dateTime={m.measuredOn}>{formatDay(m.measuredOn)}</time>
            </th>
            <td className={cell}>{texts.respondents[m.respondent]}</td>
            {HEALTH_DIMENSIONS.map((d) => (
              <td className={number} key={d}>
                {m.scores[d]}
              </td>
            ))}
            <td className={number}>{m.satisfaction ?? texts.nothing}</td>
            <td className={cell}>
              {m.talkAbout.length > 0 ? m.talkAbout.map(labelOf).join(', ') : texts.nothing}
            </td>
            <td className={cell}>{m.satisfactionRemark ?? texts.nothing}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
