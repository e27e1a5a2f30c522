import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { formatDay } from '../../../../domain/dates.ts';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { reclaimsQueryOptions } from '../api/settlements-api.ts';
import { settlementsTexts } from '../texts.ts';

const texts = settlementsTexts.reclaims;

/** For finance: the reclaims of issued settlement letters, open ones first by their last day. */
export function ReclaimsPage() {
  const [showAll, setShowAll] = useState(false);
  const reclaims = useQuery(reclaimsQueryOptions(showAll ? 'all' : 'open'));
  const items = reclaims.data ?? [];
  return (
    <Page title={texts.title} documentTitle={texts.documentTitle}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <CheckboxField
        id="terugvorderingen-alle"
        label={texts.showAll}
        checked={showAll}
        onChange={(event) => setShowAll(event.target.checked)}
      />
      {reclaims.isPending ? <Loading /> : null}
      {reclaims.isError ? (
        <LoadError error={reclaims.error} onRetry={() => void reclaims.refetch()} />
      ) : null}
      {reclaims.data && items.length === 0 ? (
        <p className="utrecht-paragraph">{showAll ? texts.emptyAll : texts.empty}</p>
      ) : null}
      {items.length > 0 ? (
        <Table
          id="terugvorderingen"
          caption={texts.caption(items.length)}
          columns={[
            texts.columns.grant,
            texts.columns.letter,
            texts.columns.organisation,
            { label: texts.columns.amount, numeric: true },
            texts.columns.due,
            texts.columns.status,
          ]}
        >
          {items.map((item) => (
            <tr className="utrecht-table__row" key={item.grantId}>
              <td className={cell.data}>
                <Link
                  to="/subsidies/$grantId/vaststelling"
                  params={{ grantId: item.grantId }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {item.grantReference}
                </Link>
              </td>
              <td className={cell.data}>{item.settlementReference}</td>
              <td className={cell.data}>{item.organisationName}</td>
              <td className={cell.number}>{formatEuro(item.amountCents)}</td>
              <td className={cell.data}>{formatDay(item.reclaimDueDay)}</td>
              <td className={cell.data}>
                {item.reclaimPaidDay
                  ? texts.paid(formatDay(item.reclaimPaidDay))
                  : item.overdue
                    ? texts.overdue
                    : texts.open}
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
    </Page>
  );
}
