import type { Language } from '../../../domain/social-map/language.ts';
import { type PublicPage, html, translator } from '../../platform/public-html.ts';
import type { Register } from './subsidy-register.schemas.ts';

const euros = (cents: number | null, language: Language) =>
  cents === null
    ? '—'
    : new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
        style: 'currency',
        currency: 'EUR',
      }).format(cents / 100);

export function registerPage(language: Language, url: string, register: Register): PublicPage {
  const t = translator(language);
  const year = register.year;
  const query = year === null ? '' : `?year=${year}`;
  const total = register.rows.reduce((sum, row) => sum + row.grantedCents, 0);
  return {
    language,
    url,
    title: t({ nl: `Subsidieregister ${year ?? ''}`, en: `Subsidy register ${year ?? ''}` }),
    description: t({
      nl: 'Welke organisaties subsidie kregen voor algemene voorzieningen, per jaar. Open data (CC0).',
      en: 'Which organisations received subsidies for general provisions, per year. Open data (CC0).',
    }),
    body: html`<h1>${t({ nl: 'Subsidieregister', en: 'Subsidy register' })} ${year ?? ''}</h1>
      <p>
        ${t({ nl: 'Alle subsidies voor algemene voorzieningen (Wmo 2015) uit een genomen besluit: wie, waarvoor, hoeveel aangevraagd, verleend en vastgesteld. Alleen organisaties worden genoemd; een persoon die op eigen naam aanvroeg staat er als "particulier".', en: 'Every subsidy for general provisions (Wmo 2015) from an issued decision: who, what for, how much was requested, granted and settled. Only organisations are named; a person who applied in their own name is listed as "particulier" (private individual).' })}
      </p>
      <p>
        ${t({ nl: 'Licentie', en: 'Licence' })}:
        <a href="${register.licence.url}" rel="license">${register.licence.name}</a> —
        ${t({ nl: 'vrij te gebruiken, zonder voorwaarden.', en: 'free to use, without conditions.' })}
      </p>
      <form method="get" action="/subsidieregister">
        <label for="jaar">${t({ nl: 'Jaar', en: 'Year' })}</label
        ><select id="jaar" name="jaar" style="max-width:10rem">
          ${register.years.map(
            (y) => html`<option value="${y}" ${y === year ? html` selected` : ''}>${y}</option>`,
          )}
        </select>
        <button type="submit">${t({ nl: 'Tonen', en: 'Show' })}</button>
      </form>
      <p>
        ${t({ nl: 'Downloaden', en: 'Download' })}:
        <a href="/api/public/subsidy-register.csv${query}">CSV</a> ·
        <a href="/api/public/subsidy-register${query}">JSON</a> ·
        <a href="/api/docs"
          >${t({ nl: 'API-beschrijving (OpenAPI)', en: 'API description (OpenAPI)' })}</a
        >
      </p>
      ${
        register.rows.length === 0
          ? html`<p>
              ${t({ nl: 'Er zijn nog geen subsidies verleend.', en: 'No subsidies have been granted yet.' })}
            </p>`
          : html`<div class="scroll" role="region" aria-labelledby="register-caption" tabindex="0">
              <table>
                <caption id="register-caption">
                  ${t({ nl: `Verleende subsidies ${year}: ${register.rows.length}, samen ${euros(total, 'nl')}`, en: `Subsidies granted ${year}: ${register.rows.length}, together ${euros(total, 'en')}` })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t({ nl: 'Organisatie', en: 'Organisation' })}</th>
                    <th scope="col">KvK</th>
                    <th scope="col">
                      ${t({ nl: 'Regeling en categorie', en: 'Scheme and category' })}
                    </th>
                    <th scope="col">${t({ nl: 'Voorziening', en: 'Provision' })}</th>
                    <th scope="col" class="n">${t({ nl: 'Aangevraagd', en: 'Requested' })}</th>
                    <th scope="col" class="n">${t({ nl: 'Verleend', en: 'Granted' })}</th>
                    <th scope="col" class="n">${t({ nl: 'Vastgesteld', en: 'Settled' })}</th>
                    <th scope="col">${t({ nl: 'Besluitdatum', en: 'Decision date' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${register.rows.map(
                    (row) =>
                      html`<tr>
                        <td>${row.organisation}</td>
                        <td>${row.kvkNumber ?? '—'}</td>
                        <td>${row.scheme}<br />${row.categoryName}</td>
                        <td>${row.provision ?? '—'}</td>
                        <td class="n">${euros(row.requestedCents, language)}</td>
                        <td class="n">${euros(row.grantedCents, language)}</td>
                        <td class="n">${euros(row.settledCents, language)}</td>
                        <td>${row.decisionDate ?? '—'}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`,
  };
}
