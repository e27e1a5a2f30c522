import {
  HEALTH_DIMENSION_LABELS,
  HEALTH_DIMENSIONS,
} from '../../../../domain/participants/positive-health.ts';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import type {
  MunicipalityReport,
  ReportRow,
} from '../../../../server/features/participant-reports/participant-reports.schemas.ts';
import { reportsTexts } from '../texts.ts';
import { Count, Mean, ReportTable, type TableRow } from '../../../components/report-table.tsx';

const texts = reportsTexts.municipality;
const columns = texts.columns;

const COUNT_COLUMNS = [
  columns.active,
  columns.new,
  columns.attendances,
  columns.anonymous,
  columns.outflow,
  columns.satisfactionAnswers,
  columns.satisfactionMean,
  columns.healthParticipants,
];

const countCells = (row: ReportRow) => [
  <Count value={row.active} />,
  <Count value={row.new} />,
  <Count value={row.attendances} />,
  <Count value={row.anonymous} />,
  <Count value={row.outflow} />,
  <Count value={row.satisfactionAnswers} />,
  <Mean value={row.satisfactionMean} suppressed={row.satisfactionSuppressed} />,
  <Count value={row.healthParticipants} />,
];

const healthCells = (row: ReportRow) =>
  HEALTH_DIMENSIONS.map((d) => (
    <Mean value={row.healthChange[d]} suppressed={row.healthSuppressed} change />
  ));

const DIMENSION_COLUMNS = HEALTH_DIMENSIONS.map((d) => HEALTH_DIMENSION_LABELS[d].label);

/** The municipality's lines per category and per provision: counts, and health per dimension. */
export function MunicipalityTables({ report }: { report: MunicipalityReport }) {
  const categoryRow = (cells: (row: ReportRow) => TableRow['cells'], extra = false) =>
    report.byCategory.map((row) => ({
      key: row.category,
      header: CATEGORY_LABELS[row.category],
      cells: extra ? [row.provisions, ...cells(row)] : cells(row),
    }));
  const provisionRow = (cells: (row: ReportRow) => TableRow['cells'], extra = false) =>
    report.byProvision.map((row) => ({
      key: row.provisionId,
      header: row.name,
      cells: extra
        ? [CATEGORY_LABELS[row.category], row.organisationName, ...cells(row)]
        : cells(row),
    }));
  return (
    <>
      <section aria-labelledby="per-categorie-kop" className="sr-section">
        <h2 id="per-categorie-kop" className="utrecht-heading-2">
          {texts.perCategoryTitle}
        </h2>
        <ReportTable
          id="per-categorie"
          caption={texts.perCategoryCaption}
          columns={[columns.category, columns.provisions, ...COUNT_COLUMNS]}
          rows={categoryRow(countCells, true)}
        />
        <ReportTable
          id="per-categorie-gezondheid"
          caption={texts.healthPerCategoryCaption}
          columns={[columns.category, ...DIMENSION_COLUMNS]}
          rows={categoryRow(healthCells)}
        />
      </section>
      <section aria-labelledby="per-voorziening-kop" className="sr-section">
        <h2 id="per-voorziening-kop" className="utrecht-heading-2">
          {texts.perProvisionTitle}
        </h2>
        {report.byProvision.length === 0 ? (
          <p className="utrecht-paragraph">{texts.noProvisions}</p>
        ) : (
          <>
            <ReportTable
              id="per-voorziening"
              caption={texts.perProvisionCaption}
              columns={[
                columns.provision,
                columns.category,
                columns.organisation,
                ...COUNT_COLUMNS,
              ]}
              rows={provisionRow(countCells, true)}
              textColumns={2}
            />
            <ReportTable
              id="per-voorziening-gezondheid"
              caption={texts.healthPerProvisionCaption}
              columns={[columns.provision, ...DIMENSION_COLUMNS]}
              rows={provisionRow(healthCells)}
            />
          </>
        )}
      </section>
    </>
  );
}
