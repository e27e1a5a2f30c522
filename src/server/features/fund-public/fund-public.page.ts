/**
 * The fund's public pages (docs/rules/sif-initiatives.md, "Public accountability"): the fund's
 * balances with a chart and its table twin, the list of honoured initiatives, and one
 * initiative with its results once settled. Plain HTML that works without JavaScript.
 */
import type { Balances } from '../../../domain/fund/ledger.ts';
import type { ReportedCount } from '../../../domain/participants/suppression.ts';
import type { SifPriority } from '../../../domain/sif/initiative.ts';
import type { Bilingual, Language } from '../../../domain/social-map/language.ts';
import {
  FUND_PUBLIC_PATH,
  type PublicPage,
  type SafeHtml,
  type Translate,
  html,
  translator,
} from '../../platform/public-html.ts';
import type { PublicInitiative } from './fund-public.service.ts';

export const INITIATIVES_PUBLIC_PATH = `${FUND_PUBLIC_PATH}/initiatieven`;

const PRIORITIES: Record<SifPriority, Bilingual> = {
  prevention: { nl: 'Preventie', en: 'Prevention' },
  citizen_power: { nl: 'Burgerkracht', en: 'Citizen power' },
  first_line: { nl: 'Eerste lijn', en: 'First-line care' },
  accessible_provisions: {
    nl: 'Algemeen toegankelijke voorzieningen',
    en: 'Generally accessible provisions',
  },
};

const FUND: Bilingual = { nl: 'Sociaal Investeringsfonds', en: 'Social Investment Fund' };
const NOT_AVAILABLE: Bilingual = { nl: 'niet beschikbaar', en: 'not available' };

const euros = (cents: number, language: Language) =>
  new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);

const count = (value: ReportedCount | null | undefined, t: Translate) =>
  value === null || value === undefined ? t(NOT_AVAILABLE) : String(value);

const nav = (t: Translate) =>
  html`<p>
    <a href="${FUND_PUBLIC_PATH}">${t({ nl: 'Het fonds', en: 'The fund' })}</a> ·
    <a href="${INITIATIVES_PUBLIC_PATH}"
      >${t({ nl: 'Gesteunde initiatieven', en: 'Supported initiatives' })}</a
    >
  </p>`;

const SERIES: { key: keyof Balances; label: Bilingual; colour: string; dash: string }[] = [
  { key: 'depositedCents', label: { nl: 'Gestort', en: 'Deposited' }, colour: '#00578a', dash: '' },
  {
    key: 'committedCents',
    label: { nl: 'Vastgelegd', en: 'Committed' },
    colour: '#8a4b00',
    dash: '6 3',
  },
  { key: 'paidCents', label: { nl: 'Betaald', en: 'Paid' }, colour: '#2e6b1f', dash: '2 3' },
];

/** A line chart of the balances per month; the table beside it carries the same figures. */
function chart(months: (Balances & { month: string })[], t: Translate): SafeHtml {
  const width = 640;
  const height = 240;
  const pad = 8;
  const max = Math.max(1, ...months.flatMap((m) => SERIES.map((s) => m[s.key])));
  const x = (i: number) =>
    months.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (months.length - 1);
  const y = (cents: number) => height - pad - (cents * (height - 2 * pad)) / max;
  return html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="fund-chart-title">
      <title id="fund-chart-title">
        ${t({ nl: 'Verloop van het fonds per maand (de tabel geeft dezelfde bedragen)', en: 'The fund per month (the table gives the same amounts)' })}
      </title>
      ${SERIES.map(
        (s) =>
          html`<polyline
            fill="none"
            stroke="${s.colour}"
            stroke-width="3"
            stroke-dasharray="${s.dash}"
            points="${months.map((m, i) => `${x(i).toFixed(1)},${y(m[s.key]).toFixed(1)}`).join(' ')}"
          />`,
      )}
    </svg>
    <p>
      ${SERIES.map(
        (s) =>
          html`<span
            style="border-bottom:3px ${s.dash ? 'dashed' : 'solid'} ${s.colour};margin-right:1rem"
            >${t(s.label)}</span
          >`,
      )}
    </p>`;
}

export function fundPage(
  language: Language,
  url: string,
  fund: { balances: Balances; months: (Balances & { month: string })[] },
): PublicPage {
  const t = translator(language);
  const b = fund.balances;
  return {
    language,
    url,
    title: t(FUND),
    description: t({
      nl: 'Hoeveel geld er in het Sociaal Investeringsfonds is gestort, is vastgelegd voor initiatieven en is betaald.',
      en: 'How much money was deposited in the Social Investment Fund, committed to initiatives and paid.',
    }),
    body: html`<h1>${t(FUND)}</h1>
      ${nav(t)}
      <p>
        ${t({ nl: 'Het fonds wordt gevoed uit positieve jaarresultaten van de gemeente en andere bronnen. Initiatieven van inwoners, organisaties en ondernemers vragen op elk moment aan; zolang er geld is, wordt elk initiatief apart besloten.', en: "The fund is fed by the municipality's positive annual results and other sources. Initiatives of residents, organisations and entrepreneurs apply at any time; while there is money, each initiative is decided on its own." })}
      </p>
      <dl>
        <dt>${t({ nl: 'Gestort', en: 'Deposited' })}</dt>
        <dd>${euros(b.depositedCents, language)}</dd>
        <dt>${t({ nl: 'Vastgelegd voor initiatieven', en: 'Committed to initiatives' })}</dt>
        <dd>${euros(b.committedCents, language)}</dd>
        <dt>${t({ nl: 'Betaald', en: 'Paid' })}</dt>
        <dd>${euros(b.paidCents, language)}</dd>
        <dt>${t({ nl: 'Terugontvangen', en: 'Paid back' })}</dt>
        <dd>${euros(b.reclaimedCents, language)}</dd>
        <dt>${t({ nl: 'Nog vrij te besteden', en: 'Still free to commit' })}</dt>
        <dd>${euros(b.freeCents, language)}</dd>
      </dl>
      <h2>${t({ nl: 'Verloop per maand', en: 'Per month' })}</h2>
      ${
        fund.months.length === 0
          ? html`<p>
              ${t({ nl: 'Er is nog niets geboekt.', en: 'Nothing has been booked yet.' })}
            </p>`
          : html`<figure>${chart(fund.months, t)}</figure>
              <div class="scroll" role="region" aria-labelledby="fund-table-caption" tabindex="0">
                <table>
                  <caption id="fund-table-caption">
                    ${t({ nl: 'Stand aan het eind van elke maand met boekingen', en: 'Balance at the end of each month with bookings' })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t({ nl: 'Maand', en: 'Month' })}</th>
                      ${SERIES.map((s) => html`<th scope="col" class="n">${t(s.label)}</th>`)}
                      <th scope="col" class="n">${t({ nl: 'Vrij', en: 'Free' })}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${fund.months.map(
                      (m) =>
                        html`<tr>
                          <th scope="row">${m.month}</th>
                          ${SERIES.map((s) => html`<td class="n">${euros(m[s.key], language)}</td>`)}
                          <td class="n">${euros(m.freeCents, language)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }`,
  };
}

export function initiativesPage(
  language: Language,
  url: string,
  initiatives: PublicInitiative[],
): PublicPage {
  const t = translator(language);
  const title = t({ nl: 'Gesteunde initiatieven', en: 'Supported initiatives' });
  return {
    language,
    url,
    title: `${title} — ${t(FUND)}`,
    description: t({
      nl: 'De initiatieven die het Sociaal Investeringsfonds steunt: wat, waar, welke prioriteiten, het bedrag en de resultaten.',
      en: 'The initiatives the Social Investment Fund supports: what, where, which priorities, the amount and the results.',
    }),
    body: html`<h1>${title}</h1>
      ${nav(t)}
      <p>
        ${t({ nl: 'Elke organisatie keurt zelf de tekst over haar initiatief goed voordat hij hier staat.', en: 'Each organisation approves the text about its initiative before it appears here.' })}
      </p>
      ${
        initiatives.length === 0
          ? html`<p>
              ${t({ nl: 'Er staan nog geen initiatieven openbaar.', en: 'No initiatives have been published yet.' })}
            </p>`
          : html`<ul class="results">
              ${initiatives.map(
                (i) =>
                  html`<li>
                    <h2><a href="${INITIATIVES_PUBLIC_PATH}/${i.id}">${i.title}</a></h2>
                    <p class="meta">
                      ${i.organisationName} · ${i.neighbourhoods.join(', ')} ·
                      ${t({ nl: 'verleend', en: 'granted' })} ${euros(i.grantedCents, language)}
                    </p>
                    <p class="meta">${i.priorities.map((p) => t(PRIORITIES[p])).join(', ')}</p>
                  </li>`,
              )}
            </ul>`
      }`,
  };
}

export function initiativePage(language: Language, url: string, i: PublicInitiative): PublicPage {
  const t = translator(language);
  const r = i.results;
  return {
    language,
    url,
    title: `${i.title} — ${t(FUND)}`,
    description: i.summary.slice(0, 160),
    body: html`<h1>${i.title}</h1>
      ${nav(t)} ${i.summary.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}
      <dl>
        <dt>${t({ nl: 'Organisatie', en: 'Organisation' })}</dt>
        <dd>${i.organisationName}</dd>
        <dt>${t({ nl: 'Waar (buurten)', en: 'Where (neighbourhoods)' })}</dt>
        <dd>${i.neighbourhoods.join(', ')}</dd>
        <dt>${t({ nl: 'Prioriteiten', en: 'Priorities' })}</dt>
        <dd>${i.priorities.map((p) => t(PRIORITIES[p])).join(', ')}</dd>
        <dt>${t({ nl: 'Periode', en: 'Period' })}</dt>
        <dd>${i.periodStart} – ${i.periodEnd}</dd>
        <dt>${t({ nl: 'Verleend', en: 'Granted' })}</dt>
        <dd>${euros(i.grantedCents, language)}</dd>
      </dl>
      <h2>${t({ nl: 'Resultaten', en: 'Results' })}</h2>
      ${
        r === null
          ? html`<p>
              ${t({ nl: 'De resultaten staan hier zodra de subsidie is vastgesteld.', en: 'The results appear here once the grant is settled.' })}
            </p>`
          : html`<dl>
                <dt>${t({ nl: 'Vastgesteld bedrag', en: 'Settled amount' })}</dt>
                <dd>${euros(r.settledCents, language)}</dd>
                <dt>${t({ nl: 'Bereikte deelnemers', en: 'Participants reached' })}</dt>
                <dd>${count(r.impact?.reach?.participants, t)}</dd>
                <dt>${t({ nl: 'Via het sociaal team', en: 'Through the social team' })}</dt>
                <dd>${count(r.impact?.reach?.referredByTeams, t)}</dd>
                <dt>
                  ${t({ nl: 'Verwijzingen in plaats van een individuele voorziening', en: 'Referrals instead of an individual provision' })}
                </dt>
                <dd>${count(r.impact?.fewerProvisions?.acceptedReferrals, t)}</dd>
              </dl>
              ${
                r.text
                  ? html`<h3>${t({ nl: 'Structurele verandering', en: 'Structural change' })}</h3>
                      ${r.text.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}`
                  : ''
              }
              <p class="meta">
                ${t({ nl: 'Aantallen van 1 tot 4 staan er als "<5", zodat niemand herkenbaar is.', en: 'Counts of 1 to 4 are shown as "<5", so that no one can be recognised.' })}
              </p>`
      }
      <p class="meta">
        ${t({ nl: 'Tekst goedgekeurd door de organisatie op', en: 'Text approved by the organisation on' })}
        ${i.approvedDay}
      </p>`,
  };
}
