import type { ReactNode } from 'react';
import { BUDGET_KIND_LABELS } from '../../domain/tender/categories.ts';
import type { ReportComparison as Comparison } from '../../server/features/grant-reports/grant-reports.schemas.ts';
import { formatEuro } from './money.ts';
import { Count, ReportTable } from './report-table.tsx';
/** The comparison's interface text (the grant page and the settlement page show it). */
const texts = {
  title: 'Beloofd en gerealiseerd',
  costsCaption: 'Begroting en werkelijke kosten',
  costsColumns: ['Begrotingsregel', 'Begroot', 'Werkelijk', 'Verschil'],
  total: 'Totaal',
  notFilled: 'niet ingevuld',
  reachCaption: 'Bereik: beloofd in de aanvraag en geteld in de registratie',
  reachColumns: ['Bereik', 'Beloofd', 'Geregistreerd'],
  participants: 'Deelnemers',
  dayParts: 'Dagdelen open (per week × weken)',
  unknown: 'niet opgegeven',
  activities: 'Uitgevoerde activiteiten',
  results: 'Resultaten',
  promisedResults: 'Beloofd resultaat (uit de aanvraag)',
  empty: '(niet ingevuld)',
};

const euro = (cents: number | null): ReactNode =>
  cents === null ? <span className="sr-muted">{texts.notFilled}</span> : formatEuro(cents);
const difference = (cents: number | null): ReactNode =>
  cents === null ? '–' : `${cents > 0 ? '+' : ''}${formatEuro(cents)}`;

/**
 * What the application promised next to what the report says was realised: the budget and
 * the actual costs per line with the difference, the reach promised and the reach registered,
 * and the results promised and reported. Read-only; the settlement page shows it too.
 */
export function ReportComparison({
  comparison,
  activities,
  results,
  id,
  level = 3,
}: {
  comparison: Comparison;
  /** The report's texts, when they are to be shown beside the promise. */
  activities?: string;
  results?: string;
  id: string;
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { costs, reach } = comparison;
  return (
    <section aria-labelledby={`${id}-titel`} className="sr-section">
      <Heading id={`${id}-titel`} className={`utrecht-heading-${level}`}>
        {texts.title}
      </Heading>
      <ReportTable
        id={`${id}-kosten`}
        caption={texts.costsCaption}
        columns={texts.costsColumns}
        rows={[
          ...costs.lines.map((line, i) => ({
            key: String(i),
            header: `${BUDGET_KIND_LABELS[line.kind]}${line.description ? `: ${line.description}` : ''}`,
            cells: [
              formatEuro(line.budgetCents),
              euro(line.actualCents),
              difference(line.differenceCents),
            ],
          })),
          {
            key: 'total',
            header: texts.total,
            cells: [
              formatEuro(costs.budgetCents),
              euro(costs.actualCents),
              difference(costs.differenceCents),
            ],
          },
        ]}
      />
      <ReportTable
        id={`${id}-bereik`}
        caption={texts.reachCaption}
        columns={texts.reachColumns}
        rows={[
          {
            key: 'participants',
            header: texts.participants,
            cells: [
              reach.participants.promised ?? texts.unknown,
              <Count key="n" value={reach.participants.registered} />,
            ],
          },
          {
            key: 'dayParts',
            header: texts.dayParts,
            cells: [
              reach.dayParts.promised ?? texts.unknown,
              <Count key="n" value={reach.dayParts.registered} />,
            ],
          },
        ]}
      />
      <dl className="sr-facts">
        <div className="sr-facts__item">
          <dt>{texts.promisedResults}</dt>
          <dd className="sr-prewrap">{comparison.promisedResults || texts.empty}</dd>
        </div>
        {results !== undefined ? (
          <div className="sr-facts__item">
            <dt>{texts.results}</dt>
            <dd className="sr-prewrap">{results || texts.empty}</dd>
          </div>
        ) : null}
        {activities !== undefined ? (
          <div className="sr-facts__item">
            <dt>{texts.activities}</dt>
            <dd className="sr-prewrap">{activities || texts.empty}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
