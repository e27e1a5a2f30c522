import { formatDay } from '../../../../domain/dates.ts';
import type { ReportPeriod } from '../../../../domain/participants/report/period.ts';
import { reportsTexts } from '../texts.ts';

/** The period of the report on screen, in words. */
export function PeriodShown({ period }: { period: ReportPeriod }) {
  return (
    <p className="utrecht-paragraph">
      <strong>{reportsTexts.period.shown(formatDay(period.from), formatDay(period.to))}</strong>
    </p>
  );
}

/** The spreadsheet of the report on screen. */
export function DownloadSection({ href }: { href: string }) {
  const texts = reportsTexts.download;
  return (
    <section aria-labelledby="downloaden-kop" className="sr-section">
      <h2 id="downloaden-kop" className="utrecht-heading-2">
        {texts.title}
      </h2>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <p className="utrecht-paragraph">
        <a
          href={href}
          download
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
        >
          {texts.xlsx}
        </a>
      </p>
    </section>
  );
}
