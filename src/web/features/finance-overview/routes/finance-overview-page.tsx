import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FinanceOverviewView } from '../../../../server/features/finance-overview/finance-overview.schemas.ts';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { RulesSection } from '../../../components/rules-section.tsx';
import { RowHeader, Table, cell } from '../../../components/table.tsx';
import {
  financeOverviewQueryOptions,
  financeOverviewXlsxUrl,
} from '../api/finance-overview-api.ts';
import { financeOverviewTexts as texts, formatPercent } from '../texts.ts';

const columns = texts.columns;

/** The money columns of a row, and the use of the ceiling. */
function Figures({ figures }: { figures: FinanceOverviewView['total'] }) {
  return (
    <>
      <td className={cell.number}>{formatEuro(figures.ceilingCents)}</td>
      <td className={cell.number}>{formatEuro(figures.grantedCents)}</td>
      <td className={cell.number}>{formatEuro(figures.paidCents)}</td>
      <td className={cell.number}>{formatEuro(figures.settledCents)}</td>
      <td className={cell.number}>{formatEuro(figures.reclaimedCents)}</td>
      <td className={cell.number}>{formatEuro(figures.stillToPayCents)}</td>
      <td className={cell.number}>
        {figures.ceilingUsePercent === null
          ? texts.noCeiling
          : formatPercent(figures.ceilingUsePercent)}
      </td>
    </>
  );
}

/** Finance's and the policy officer's overview of a subsidy year, per category. */
export function FinanceOverviewPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const overview = useQuery({
    ...financeOverviewQueryOptions(year),
    placeholderData: keepPreviousData,
  });
  const data = overview.data;
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? (
        <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : null}
      {data && data.years.length === 0 ? (
        <p className="utrecht-paragraph">{texts.noRounds}</p>
      ) : null}
      {data && data.years.length > 0 ? (
        <>
          <SelectField
            id="financieel-overzicht-jaar"
            label={texts.year}
            description={texts.yearHint}
            value={String(data.year)}
            options={data.years.map((y) => ({ value: String(y), label: String(y) }))}
            onChange={(event) => setYear(Number(event.target.value))}
          />
          {data.rows.length === 0 ? (
            <p className="utrecht-paragraph">{texts.empty(data.year)}</p>
          ) : (
            <>
              <Table
                id="financieel-overzicht"
                caption={texts.caption(data.year)}
                columns={[
                  columns.category,
                  { label: columns.ceiling, numeric: true },
                  { label: columns.granted, numeric: true },
                  { label: columns.paid, numeric: true },
                  { label: columns.settled, numeric: true },
                  { label: columns.reclaimed, numeric: true },
                  { label: columns.stillToPay, numeric: true },
                  { label: columns.use, numeric: true },
                ]}
                foot={
                  <tr className="utrecht-table__row">
                    <RowHeader>{texts.total}</RowHeader>
                    <Figures figures={data.total} />
                  </tr>
                }
              >
                {data.rows.map((row) => (
                  <tr className="utrecht-table__row" key={row.category}>
                    <RowHeader>{CATEGORY_LABELS[row.category]}</RowHeader>
                    <Figures figures={row} />
                  </tr>
                ))}
              </Table>
              <p className="utrecht-paragraph">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={financeOverviewXlsxUrl(data.year)}
                  download
                >
                  {texts.download(data.year)}
                </a>
              </p>
            </>
          )}
          <RulesSection id="zo-tellen-we" title={texts.rulesTitle} rules={texts.rules} />
        </>
      ) : null}
    </Page>
  );
}
