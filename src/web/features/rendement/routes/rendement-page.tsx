import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ASSUMPTION_KEYS } from '../../../../domain/return/business-case.ts';
import { ASSUMPTION_LABELS } from '../../../../domain/return/scenarios.ts';
import {
  assumptionValueText,
  explainReturn,
  noClaimText,
} from '../../../../domain/return/texts.ts';
import {
  GROUPINGS,
  type BusinessCaseRow,
  type BusinessCaseView,
  type Grouping,
} from '../../../../server/features/rendement/rendement.schemas.ts';
import { formatMoment } from '../../../components/format.ts';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { RulesSection } from '../../../components/rules-section.tsx';
import { RowHeader, Table, cell } from '../../../components/table.tsx';
import { rendementQueryOptions, rendementXlsxUrl } from '../api/rendement-api.ts';
import { ScenarioForm } from '../components/scenario-form.tsx';
import { rendementTexts as texts } from '../texts.ts';

const columns = texts.columns;
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

function Count({ value }: { value: number | '<5' }) {
  return <td className={cell.number}>{value}</td>;
}

/** The counts and amounts of a group; without a return, the reason instead of amounts. */
function Figures({ figures }: { figures: BusinessCaseView }) {
  const claim = figures.claim;
  return (
    <>
      <Count value={figures.participants} />
      <Count value={figures.counted} />
      <Count value={figures.relapse} />
      <Count value={figures.outflow} />
      <td className={cell.number}>
        {figures.signalsResolved} / {figures.signalsOpen}
      </td>
      <td className={cell.number}>
        {formatEuro(figures.subsidyCents)} ({texts.subsidyBasis[figures.subsidyBasis]})
      </td>
      {claim.kind === 'computed' ? (
        <>
          <td className={cell.number}>{formatEuro(claim.result.avoidedCostCents)}</td>
          <td className={cell.number}>{formatEuro(claim.result.savingCents)}</td>
          <td className={cell.number}>{decimal.format(claim.result.fteSaved)}</td>
        </>
      ) : (
        <td className={cell.data} colSpan={3}>
          {noClaimText(claim.reason)}
        </td>
      )}
    </>
  );
}

function rowLabel(row: BusinessCaseRow): string {
  return row.organisationName && row.organisationName !== row.label
    ? `${row.label}, ${row.organisationName}`
    : row.label;
}

/** The policy officer's return and business cases, under a scenario of assumptions. */
export function RendementPage() {
  const [scenario, setScenario] = useState<string | undefined>(undefined);
  const [groupBy, setGroupBy] = useState<Grouping>('provision');
  const [year, setYear] = useState<number | undefined>(undefined);
  const choice = { scenario, groupBy, year };
  const query = useQuery({ ...rendementQueryOptions(choice), placeholderData: keepPreviousData });
  const data = query.data;
  const computed = data?.rows.filter((r) => r.figures.claim.kind === 'computed') ?? [];
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {data ? (
        <>
          <div className="sr-filters">
            <SelectField
              id="rendement-scenario"
              label={texts.scenario}
              description={texts.scenarioHint}
              value={data.scenario.id}
              options={data.scenarios.map((s) => ({ value: s.id, label: s.name }))}
              onChange={(event) => setScenario(event.target.value)}
            />
            <SelectField
              id="rendement-groep"
              label={texts.groupBy}
              value={groupBy}
              options={GROUPINGS.map((g) => ({ value: g, label: texts.groupings[g] }))}
              onChange={(event) => setGroupBy(event.target.value as Grouping)}
            />
            <SelectField
              id="rendement-jaar"
              label={texts.year}
              value={year === undefined ? '' : String(year)}
              options={[
                { value: '', label: texts.allYears },
                ...data.years.map((y) => ({ value: String(y), label: String(y) })),
              ]}
              onChange={(event) =>
                setYear(event.target.value === '' ? undefined : Number(event.target.value))
              }
            />
          </div>

          <Table
            id="rendement-aannames"
            caption={texts.assumptionsTitle(data.scenario.name)}
            columns={[
              texts.assumptionColumns.name,
              texts.assumptionColumns.value,
              texts.assumptionColumns.source,
            ]}
          >
            {ASSUMPTION_KEYS.map((key) => (
              <tr className="utrecht-table__row" key={key}>
                <RowHeader>{ASSUMPTION_LABELS[key]}</RowHeader>
                <td className={cell.data}>{assumptionValueText(key, data.scenario.assumptions)}</td>
                <td className={cell.data}>{data.scenario.sources[key]}</td>
              </tr>
            ))}
          </Table>
          <p className="utrecht-paragraph">
            {data.scenario.readOnly
              ? texts.readOnly
              : data.scenario.updatedByName && data.scenario.updatedAt
                ? texts.lastChanged(
                    data.scenario.updatedByName,
                    formatMoment(data.scenario.updatedAt),
                  )
                : null}
          </p>

          {data.rows.length === 0 ? (
            <p className="utrecht-paragraph">{texts.empty}</p>
          ) : (
            <>
              <Table
                id="rendement-tabel"
                caption={texts.caption(
                  data.scenario.name,
                  data.year,
                  formatMoment(data.computedAt),
                )}
                columns={[
                  columns.group,
                  { label: columns.year, numeric: true },
                  { label: columns.participants, numeric: true },
                  { label: columns.counted, numeric: true },
                  { label: columns.relapse, numeric: true },
                  { label: columns.outflow, numeric: true },
                  { label: columns.signals, numeric: true },
                  { label: columns.subsidy, numeric: true },
                  { label: columns.avoided, numeric: true },
                  { label: columns.saving, numeric: true },
                  { label: columns.fte, numeric: true },
                ]}
                foot={
                  <tr className="utrecht-table__row">
                    <RowHeader>{texts.total}</RowHeader>
                    <td className={cell.number}>{data.year ?? texts.allYears}</td>
                    <Figures figures={data.total} />
                  </tr>
                }
              >
                {data.rows.map((row) => (
                  <tr className="utrecht-table__row" key={row.key}>
                    <RowHeader>{rowLabel(row)}</RowHeader>
                    <td className={cell.number}>{row.year}</td>
                    <Figures figures={row.figures} />
                  </tr>
                ))}
              </Table>
              <p className="utrecht-paragraph">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={rendementXlsxUrl({ ...choice, scenario: data.scenario.id })}
                  download
                >
                  {texts.download}
                </a>
              </p>
            </>
          )}

          {computed.length > 0 || data.total.claim.kind === 'computed' ? (
            <section aria-labelledby="rendement-berekening" className="sr-section">
              <h2 id="rendement-berekening" className="utrecht-heading-2">
                {texts.explanationsTitle}
              </h2>
              {[
                ...computed.map((row) => ({
                  key: row.key,
                  title: texts.explanationOf(rowLabel(row), row.year),
                  figures: row.figures,
                })),
                { key: 'totaal', title: texts.total, figures: data.total },
              ].map(({ key, title, figures }) =>
                figures.claim.kind === 'computed' ? (
                  <div key={key}>
                    <h3 className="utrecht-heading-3">{title}</h3>
                    <ul className="utrecht-unordered-list" data-testid={`berekening-${key}`}>
                      {explainReturn(figures.claim.input, figures.claim.result).map((line) => (
                        <li className="utrecht-unordered-list__item" key={line}>
                          {line}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null,
              )}
            </section>
          ) : null}

          {data.scenario.readOnly ? null : (
            <ScenarioForm
              key={`edit-${data.scenario.id}`}
              scenario={data.scenario}
              mode="update"
              onSaved={() => undefined}
            />
          )}
          <ScenarioForm
            key="nieuw"
            scenario={data.scenario}
            mode="create"
            onSaved={(id) => setScenario(id)}
          />

          <RulesSection id="zo-rekenen-we" title={texts.rulesTitle} rules={texts.rules} />
        </>
      ) : null}
    </Page>
  );
}
