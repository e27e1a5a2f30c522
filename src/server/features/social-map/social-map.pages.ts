/**
 * The social map's pages as HTML, rendered on the server (platform/public-html.ts escapes
 * every value). They work without JavaScript: the search is a GET form, the request a POST.
 */
import { DAY_PARTS, WEEKDAYS } from '../../../domain/day-parts.ts';
import {
  type FieldProblem,
  type JoinRequestForm,
  NAME_MAX,
  CONTACT_MAX,
  REMARK_MAX,
} from '../../../domain/social-map/join-request.ts';
import type { Bilingual, Language } from '../../../domain/social-map/language.ts';
import type { SocialMapQuery } from '../../../domain/social-map/search.ts';
import { spreadAround } from '../../../domain/social-map/svg-map.ts';
import {
  ACCESSIBILITY_FEATURES,
  ACCESSIBILITY_LABELS,
  CATEGORY_PUBLIC_LABELS,
  DAY_PART_HOURS,
  DAY_PART_PUBLIC_LABELS,
  WEEKDAY_PUBLIC_LABELS,
  openingLines,
} from '../../../domain/social-map/vocabulary.ts';
import { CATEGORY_CODES } from '../../../domain/tender/categories.ts';
import {
  type PublicPage,
  type SafeHtml,
  type Translate,
  SOCIAL_MAP_PATH,
  html,
  jsonLd,
  translator,
} from '../../platform/public-html.ts';
import type { Catalogue, PublicProvision, SearchResult } from './social-map.service.ts';
import { NO_STAFF_ACTIONS, type StaffActions } from '../../../domain/social-map/staff-actions.ts';

/** The attribution CBS and Kadaster ask for on every map of their boundaries. */
export const MAP_ATTRIBUTION =
  'Buurtgrenzen: Kadaster / Centraal Bureau voor de Statistiek (CBS), 2025 — CC BY 4.0 — via PDOK en cartomap/nl';

export const provisionPath = (id: string) => `${SOCIAL_MAP_PATH}/${id}`;

const T = {
  title: { nl: 'Sociale kaart', en: 'Social map' },
  intro: {
    nl: 'Activiteiten en hulp in uw buurt, vrij toegankelijk: u hebt geen indicatie nodig.',
    en: 'Activities and help in your neighbourhood, open to everyone: no referral needed.',
  },
  search: { nl: 'Zoeken', en: 'Search' },
  postcode: { nl: 'Uw postcode', en: 'Your postcode' },
  postcodeHint: { nl: 'Bijvoorbeeld 6216 AB', en: 'For example 6216 AB' },
  buurt: { nl: 'Of kies uw buurt', en: 'Or choose your neighbourhood' },
  any: { nl: 'Alle', en: 'Any' },
  category: { nl: 'Soort', en: 'Kind' },
  day: { nl: 'Dag', en: 'Day' },
  dayPart: { nl: 'Dagdeel', en: 'Part of the day' },
  group: { nl: 'Voor wie', en: 'For whom' },
  access: { nl: 'Toegankelijkheid', en: 'Accessibility' },
  text: { nl: 'Zoekwoord', en: 'Search term' },
  results: { nl: 'Resultaten', en: 'Results' },
  none: {
    nl: 'Er is niets gevonden. Probeer minder keuzes.',
    en: 'Nothing was found. Try fewer choices.',
  },
  map: { nl: 'Kaart', en: 'Map' },
  mapLabel: {
    nl: 'Kaart van de buurten met de gevonden voorzieningen als punten. De lijst hiernaast bevat dezelfde voorzieningen.',
    en: 'Map of the neighbourhoods with the provisions found as points. The list contains the same provisions.',
  },
  mapNote: {
    nl: 'Een punt staat midden in de buurt van de voorziening, niet op het adres.',
    en: 'A point is placed in the middle of the provision’s neighbourhood, not at its address.',
  },
  previous: { nl: 'Vorige', en: 'Previous' },
  next: { nl: 'Volgende', en: 'Next' },
  pages: { nl: 'Pagina’s', en: 'Pages' },
  subsidised: { nl: 'Gesubsidieerd door de gemeente', en: 'Subsidised by the municipality' },
  notSubsidised: {
    nl: 'Geen subsidie van de gemeente op dit moment',
    en: 'No municipal subsidy at the moment',
  },
  back: { nl: 'Terug naar de sociale kaart', en: 'Back to the social map' },
  offer: { nl: 'Wat het aanbod is', en: 'What is offered' },
  address: { nl: 'Adres', en: 'Address' },
  opening: { nl: 'Open', en: 'Open' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  contact: { nl: 'Contact', en: 'Contact' },
  phone: { nl: 'Telefoon', en: 'Phone' },
  email: { nl: 'E-mail', en: 'E-mail' },
  join: { nl: 'Aanmelden', en: 'Sign up' },
  joinIntro: {
    nl: 'Wilt u meedoen? Laat uw naam en telefoonnummer of e-mailadres achter; de voorziening neemt contact met u op. Vul geen BSN of gegevens over uw gezondheid in.',
    en: 'Would you like to take part? Leave your name and phone number or e-mail address; the provision will contact you. Do not enter a citizen service number (BSN) or health details.',
  },
  name: { nl: 'Uw naam', en: 'Your name' },
  reach: { nl: 'Telefoonnummer of e-mailadres', en: 'Phone number or e-mail address' },
  remark: { nl: 'Opmerking (niet verplicht)', en: 'Remark (optional)' },
  consent: {
    nl: 'Ik geef toestemming dat deze voorziening mijn naam en contactgegevens bewaart om met mij contact op te nemen over meedoen.',
    en: 'I agree that this provision keeps my name and contact details to contact me about taking part.',
  },
  honeypot: { nl: 'Laat dit veld leeg', en: 'Leave this field empty' },
  send: { nl: 'Aanmelding versturen', en: 'Send request' },
  problems: { nl: 'Controleer het formulier', en: 'Please check the form' },
  thanks: {
    nl: 'Dank u wel. Uw aanmelding is verstuurd; de voorziening neemt contact met u op.',
    en: 'Thank you. Your request has been sent; the provision will contact you.',
  },
  tooFast: {
    nl: 'Het formulier is te snel verstuurd of is verlopen. Controleer uw gegevens en verstuur het opnieuw.',
    en: 'The form was sent too quickly or has expired. Check your details and send it again.',
  },
  refer: { nl: 'Verwijzen', en: 'Refer' },
  referTo: { nl: 'Een inwoner verwijzen naar', en: 'Refer a resident to' },
  manage: { nl: 'Beheren', en: 'Manage' },
  manageIntro: {
    nl: 'U bent ingelogd en mag de gegevens, deelnemers en verwijzingen van deze voorziening zien:',
    en: 'You are logged in and may see this provision’s details, participants and referrals:',
  },
  privacy: {
    nl: 'Wat er met uw gegevens gebeurt: de voorziening ziet uw aanmelding en neemt u op als deelnemer of wijst haar af. Een afgewezen aanmelding wordt na de bewaartermijn gewist.',
    en: 'What happens to your details: the provision sees your request and registers you as a participant or declines it. A declined request is erased after the retention period.',
  },
} satisfies Record<string, Bilingual>;

function option(value: string, label: string, selected: boolean): SafeHtml {
  return html`<option value="${value}" ${selected ? html` selected` : ''}>${label}</option>`;
}

function select(
  t: Translate,
  name: string,
  label: Bilingual,
  options: { value: string; label: string }[],
  selected: string | undefined,
): SafeHtml {
  return html`<div>
    <label for="${name}">${t(label)}</label
    ><select id="${name}" name="${name}">
      ${option('', t(T.any), !selected)}${options.map((o) => option(o.value, o.label, o.value === selected))}
    </select>
  </div>`;
}

function postcodeNotice(t: Translate, result: SearchResult): SafeHtml | '' {
  const lookup = result.postcode;
  if (!lookup) return '';
  switch (lookup.kind) {
    case 'invalid':
      return html`<p class="notice error" role="alert">
        ${t({ nl: 'Dit is geen postcode. Vul een postcode in als 6211 AB.', en: 'This is not a postcode. Enter a postcode such as 6211 AB.' })}
      </p>`;
    case 'outside':
      return html`<p class="notice error" role="alert">
        ${t({ nl: `Postcode ${lookup.postcode} ligt niet in de gemeente Maastricht. Deze kaart toont alleen voorzieningen in Maastricht.`, en: `Postcode ${lookup.postcode} is not in the municipality of Maastricht. This map only shows provisions in Maastricht.` })}
      </p>`;
    case 'unknown':
      return html`<p class="notice error" role="alert">
        ${t({ nl: `We kunnen postcode ${lookup.postcode} nog niet aan een buurt koppelen. Kies uw buurt in de lijst.`, en: `We cannot place postcode ${lookup.postcode} in a neighbourhood yet. Choose your neighbourhood from the list.` })}
      </p>`;
    case 'around':
      return html`<p class="notice">
        ${t({ nl: `Postcode ${lookup.postcode} ligt in of rond ${result.buurt?.name ?? lookup.buurt}: daar ligt het midden van postcodegebied ${lookup.postcode.slice(0, 4)}. Woont u in een andere buurt? Kies die in de lijst.`, en: `Postcode ${lookup.postcode} is in or around ${result.buurt?.name ?? lookup.buurt}, where the centre of postcode area ${lookup.postcode.slice(0, 4)} lies. Do you live in another neighbourhood? Choose it from the list.` })}
      </p>`;
    case 'found':
      return html`<p class="notice">
        ${t({ nl: `Postcode ${lookup.postcode} ligt in ${result.buurt?.name ?? lookup.buurt}.`, en: `Postcode ${lookup.postcode} is in ${result.buurt?.name ?? lookup.buurt}.` })}
      </p>`;
  }
}

function searchForm(
  t: Translate,
  language: Language,
  result: SearchResult,
  query: SocialMapQuery,
): SafeHtml {
  const { catalogue } = result;
  const wijken = [...new Set(catalogue.buurten.map((b) => b.districtName))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  // The buurt chosen, or placed from the postcode, so the visitor sees it and can change it.
  const chosenBuurt = query.buurt ?? result.buurt?.code;
  const buurtSelect = html`<div>
    <label for="buurt">${t(T.buurt)}</label
    ><select id="buurt" name="buurt">
      ${option('', t(T.any), !chosenBuurt)}${wijken.map(
        (wijk) =>
          html`<optgroup label="${wijk}">
            ${catalogue.buurten
              .filter((b) => b.districtName === wijk)
              .map((b) => option(b.code, b.name, b.code === chosenBuurt))}
          </optgroup>`,
      )}
    </select>
  </div>`;
  return html`<form
    method="get"
    action="${SOCIAL_MAP_PATH}"
    role="search"
    aria-label="${t(T.search)}"
  >
    <input type="hidden" name="lang" value="${language}" />
    <div class="filters">
      <div>
        <label for="postcode">${t(T.postcode)}</label
        ><input
          id="postcode"
          name="postcode"
          value="${query.postcode ?? ''}"
          autocomplete="postal-code"
          aria-describedby="postcode-hint"
          maxlength="10"
        /><span id="postcode-hint" class="meta">${t(T.postcodeHint)}</span>
      </div>
      ${buurtSelect}
      ${select(
        t,
        'category',
        T.category,
        CATEGORY_CODES.map((c) => ({ value: c, label: t(CATEGORY_PUBLIC_LABELS[c]) })),
        query.category,
      )}
      ${select(
        t,
        'day',
        T.day,
        WEEKDAYS.map((d) => ({ value: d, label: t(WEEKDAY_PUBLIC_LABELS[d]) })),
        query.day,
      )}
      ${select(
        t,
        'dayPart',
        T.dayPart,
        DAY_PARTS.map((p) => ({ value: p, label: t(DAY_PART_PUBLIC_LABELS[p]) })),
        query.dayPart,
      )}
      ${select(
        t,
        'group',
        T.group,
        catalogue.targetGroups.map((g) => ({ value: g, label: g })),
        query.group,
      )}
      <div>
        <label for="q">${t(T.text)}</label
        ><input id="q" name="q" value="${query.q ?? ''}" maxlength="100" />
      </div>
      <fieldset>
        <legend>${t(T.access)}</legend>
        ${ACCESSIBILITY_FEATURES.map(
          (feature) =>
            html`<label class="check"
              ><input
                type="checkbox"
                name="access"
                value="${feature}"
                ${query.access.includes(feature) ? html` checked` : ''}
              />${t(ACCESSIBILITY_LABELS[feature])}</label
            >`,
        )}
      </fieldset>
    </div>
    <button type="submit">${t(T.search)}</button>
  </form>`;
}

function summaryLine(t: Translate, provision: PublicProvision): string {
  return [t(CATEGORY_PUBLIC_LABELS[provision.category]), provision.neighbourhoodName]
    .filter(Boolean)
    .join(' · ');
}

/** The staff pages of a provision (the web app); the public page is its own. */
const staffProvisionPath = (id: string) => `/beheer/voorzieningen/${id}`;

/** A social worker's way into the referral form, with the buurt searched in (the resident's). */
function referLink(t: Translate, provision: PublicProvision, buurt: string | undefined) {
  const query = buurt ? `?buurt=${encodeURIComponent(buurt)}` : '';
  return html`<p>
    <a class="button" href="/verwijzen/${provision.id}${query}"
      >${t(T.refer)}<span class="hp"> — ${t(T.referTo)} ${provision.name}</span></a
    >
  </p>`;
}

function resultItem(
  t: Translate,
  language: Language,
  provision: PublicProvision,
  staff: StaffActions,
  buurt: string | undefined,
): SafeHtml {
  const opening = openingLines(provision.openingDayParts, language)
    .map((line) => line.text)
    .join('; ');
  return html`<li>
    <h3><a href="${provisionPath(provision.id)}">${provision.name}</a></h3>
    <p class="meta">${summaryLine(t, provision)}</p>
    <p class="meta">${opening}</p>
    ${
      provision.accessibilityFeatures.length > 0
        ? html`<p class="meta">
            ${provision.accessibilityFeatures.map((f) => t(ACCESSIBILITY_LABELS[f])).join(', ')}
          </p>`
        : ''
    }
    ${staff.mayRefer ? referLink(t, provision, buurt) : ''}
  </li>`;
}

/** The buurten with the found provisions as points; the list beside it is its text twin. */
export function mapFigure(
  t: Translate,
  catalogue: Catalogue,
  shown: readonly PublicProvision[],
  highlight?: string,
): SafeHtml {
  const { map } = catalogue;
  const perBuurt = new Map<string, PublicProvision[]>();
  for (const provision of shown) {
    if (!provision.neighbourhoodCode) continue;
    const list = perBuurt.get(provision.neighbourhoodCode) ?? [];
    list.push(provision);
    perBuurt.set(provision.neighbourhoodCode, list);
  }
  return html`<figure>
    <svg viewBox="0 0 ${map.width} ${map.height}" role="img" aria-labelledby="kaart-titel">
      <title id="kaart-titel">${t(T.mapLabel)}</title>
      ${map.buurten.map(
        (buurt) =>
          html`<path d="${buurt.path}" ${buurt.code === highlight ? html` class="on"` : ''}
            ><title>${buurt.name}</title></path
          >`,
      )}${map.buurten.flatMap((buurt) => {
        const here = perBuurt.get(buurt.code) ?? [];
        return here.map((provision, i) => {
          const point = spreadAround(buurt.centre, i, here.length);
          return html`<circle cx="${point.x}" cy="${point.y}" r="3.5"
            ><title>${provision.name}</title></circle
          >`;
        });
      })}
    </svg>
    <figcaption class="meta">${t(T.mapNote)} <small>${MAP_ATTRIBUTION}</small></figcaption>
  </figure>`;
}

function pageLinks(t: Translate, url: string, result: SearchResult): SafeHtml | '' {
  if (result.pageCount <= 1) return '';
  const [path, queryText = ''] = url.split('?');
  const to = (page: number) => {
    const params = new URLSearchParams(queryText);
    params.set('page', String(page));
    return `${path}?${params.toString()}`;
  };
  return html`<nav aria-label="${t(T.pages)}">
    <p>
      ${
        result.pageNumber > 1
          ? html`<a href="${to(result.pageNumber - 1)}" rel="prev">${t(T.previous)}</a> `
          : ''
      }${result.pageNumber}
      /
      ${result.pageCount}${
        result.pageNumber < result.pageCount
          ? html` <a href="${to(result.pageNumber + 1)}" rel="next">${t(T.next)}</a>`
          : ''
      }
    </p>
  </nav>`;
}

export function searchPage(
  language: Language,
  url: string,
  query: SocialMapQuery,
  result: SearchResult,
  staff: StaffActions = NO_STAFF_ACTIONS,
): PublicPage {
  const t = translator(language);
  const count = result.matches.length;
  const found = t({
    nl: count === 1 ? '1 voorziening gevonden' : `${count} voorzieningen gevonden`,
    en: count === 1 ? '1 provision found' : `${count} provisions found`,
  });
  return {
    language,
    url,
    title: `${t(T.title)}${result.buurt ? ` — ${result.buurt.name}` : ''}`,
    description: t(T.intro),
    body: html`<h1>${t(T.title)}</h1>
      <p>${t(T.intro)}</p>
      ${searchForm(t, language, result, query)}${postcodeNotice(t, result)}
      <div class="layout">
        <section aria-labelledby="resultaten">
          <h2 id="resultaten">${found}</h2>
          ${
            count === 0
              ? html`<p>${t(T.none)}</p>`
              : html`<ul class="results">
                    ${result.page.map((p) => resultItem(t, language, p, staff, result.buurt?.code))}
                  </ul>
                  ${pageLinks(t, url, result)}`
          }
        </section>
        <section aria-labelledby="kaart">
          <h2 id="kaart">${t(T.map)}</h2>
          ${mapFigure(t, result.catalogue, result.matches, result.buurt?.code)}
        </section>
      </div>`,
  };
}

const SCHEMA_DAYS: Record<(typeof WEEKDAYS)[number], string> = {
  monday: 'https://schema.org/Monday',
  tuesday: 'https://schema.org/Tuesday',
  wednesday: 'https://schema.org/Wednesday',
  thursday: 'https://schema.org/Thursday',
  friday: 'https://schema.org/Friday',
  saturday: 'https://schema.org/Saturday',
  sunday: 'https://schema.org/Sunday',
};

/** schema.org: the place where it happens, and the service offered there. */
export function provisionStructuredData(
  provision: PublicProvision,
  pageUrl: string,
  language: Language,
) {
  const t = translator(language);
  const place = {
    '@type': 'Place',
    '@id': `${pageUrl}#plaats`,
    name: provision.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: provision.street ?? undefined,
      postalCode: provision.postcode ?? undefined,
      addressLocality: 'Maastricht',
      addressCountry: 'NL',
    },
    openingHoursSpecification: WEEKDAYS.flatMap((day) =>
      DAY_PARTS.filter((part) => provision.openingDayParts[day]?.includes(part)).map((part) => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: SCHEMA_DAYS[day],
        opens: DAY_PART_HOURS[part].opens,
        closes: DAY_PART_HOURS[part].closes,
      })),
    ),
    amenityFeature: provision.accessibilityFeatures.map((feature) => ({
      '@type': 'LocationFeatureSpecification',
      name: t(ACCESSIBILITY_LABELS[feature]),
      value: true,
    })),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      place,
      {
        '@type': 'Service',
        '@id': `${pageUrl}#dienst`,
        name: provision.name,
        url: pageUrl,
        description: provision.publicDescription ?? undefined,
        serviceType: t(CATEGORY_PUBLIC_LABELS[provision.category]),
        audience: provision.targetGroups.map((group) => ({
          '@type': 'Audience',
          audienceType: group,
        })),
        provider: { '@type': 'Organization', name: provision.organisationName },
        isAccessibleForFree: true,
        availableChannel: {
          '@type': 'ServiceChannel',
          serviceLocation: { '@id': place['@id'] },
          servicePhone: provision.contactPhone ?? undefined,
          serviceUrl: pageUrl,
        },
      },
    ],
  };
}

const FIELD_IDS = {
  name: 'naam',
  contact: 'contact',
  remark: 'opmerking',
  consent: 'toestemming',
} as const;

function fieldError(t: Translate, problems: readonly FieldProblem[], field: FieldProblem['field']) {
  const problem = problems.find((p) => p.field === field);
  return problem
    ? {
        attrs: html` aria-invalid="true" aria-describedby="${FIELD_IDS[field]}-fout"`,
        message: html`<p id="${FIELD_IDS[field]}-fout" class="meta" style="color:#b00020">
          ${t(problem.message)}
        </p>`,
      }
    : { attrs: '', message: '' };
}

export interface JoinFormState {
  formKey: string;
  values?: JoinRequestForm;
  problems?: FieldProblem[];
  notice?: 'thanks' | 'again';
}

function joinForm(
  t: Translate,
  language: Language,
  provision: PublicProvision,
  state: JoinFormState,
): SafeHtml {
  if (state.notice === 'thanks') {
    return html`<section aria-labelledby="aanmelden">
      <h2 id="aanmelden">${t(T.join)}</h2>
      <p class="notice" role="status">${t(T.thanks)}</p>
    </section>`;
  }
  const problems = state.problems ?? [];
  const values = state.values;
  const [name, contact, remark, consent] = (['name', 'contact', 'remark', 'consent'] as const).map(
    (f) => fieldError(t, problems, f),
  );
  return html`<section aria-labelledby="aanmelden">
    <h2 id="aanmelden">${t(T.join)}</h2>
    <p>${t(T.joinIntro)}</p>
    ${
      problems.length > 0
        ? html`<div class="notice error" role="alert">
            <h3>${t(T.problems)}</h3>
            <ul>
              ${problems.map(
                (p) => html`<li><a href="#${FIELD_IDS[p.field]}">${t(p.message)}</a></li>`,
              )}
            </ul>
          </div>`
        : ''
    }${state.notice === 'again' ? html`<p class="notice error" role="alert">${t(T.tooFast)}</p>` : ''}
    <form method="post" action="${provisionPath(provision.id)}/aanmelden" novalidate>
      <input type="hidden" name="formKey" value="${state.formKey}" /><input
        type="hidden"
        name="lang"
        value="${language}"
      />
      <label for="naam">${t(T.name)}</label
      ><input
        id="naam"
        name="name"
        autocomplete="name"
        maxlength="${NAME_MAX}"
        required
        value="${values?.name ?? ''}"
        ${name!.attrs}
      />${name!.message} <label for="contact">${t(T.reach)}</label
      ><input
        id="contact"
        name="contact"
        autocomplete="email"
        maxlength="${CONTACT_MAX}"
        required
        value="${values?.contact ?? ''}"
        ${contact!.attrs}
      />${contact!.message} <label for="opmerking">${t(T.remark)}</label
      ><textarea id="opmerking" name="remark" rows="3" maxlength="${REMARK_MAX}" ${remark!.attrs}>
${values?.remark ?? ''}</textarea
      >${remark!.message}
      <div class="hp" aria-hidden="true">
        <label for="website">${t(T.honeypot)}</label
        ><input id="website" name="website" tabindex="-1" autocomplete="off" />
      </div>
      <label class="check"
        ><input
          type="checkbox"
          id="toestemming"
          name="consent"
          value="yes"
          ${values?.consent === 'yes' ? html` checked` : ''}${consent!.attrs}
        />${t(T.consent)}</label
      >${consent!.message}
      <p class="meta">${t(T.privacy)}</p>
      <button type="submit">${t(T.send)}</button>
    </form>
  </section>`;
}

export function provisionPage(
  language: Language,
  url: string,
  absoluteUrl: string,
  provision: PublicProvision,
  catalogue: Catalogue,
  form: JoinFormState,
  staff: StaffActions = NO_STAFF_ACTIONS,
): PublicPage {
  const t = translator(language);
  const contact = [
    provision.contactPhone
      ? html`<li>
          ${t(T.phone)}:
          <a href="tel:${provision.contactPhone.replace(/[^\d+]/g, '')}"
            >${provision.contactPhone}</a
          >
        </li>`
      : '',
    provision.contactEmail
      ? html`<li>
          ${t(T.email)}: <a href="mailto:${provision.contactEmail}">${provision.contactEmail}</a>
        </li>`
      : '',
  ];
  return {
    language,
    url,
    title: `${provision.name} — ${t(T.title)}`,
    description: provision.publicDescription ?? summaryLine(t, provision),
    head: jsonLd(provisionStructuredData(provision, absoluteUrl, language)),
    body: html`<p><a href="${SOCIAL_MAP_PATH}">${t(T.back)}</a></p>
      <h1>${provision.name}</h1>
      <p class="meta">${summaryLine(t, provision)}</p>
      <p><strong>${provision.subsidised ? t(T.subsidised) : t(T.notSubsidised)}</strong></p>
      ${staff.mayRefer ? referLink(t, provision, provision.neighbourhoodCode ?? undefined) : ''}
      ${
        staff.mayManage(provision)
          ? html`<p class="notice">
              ${t(T.manageIntro)}
              <a href="${staffProvisionPath(provision.id)}">${t(T.manage)}</a>
            </p>`
          : ''
      }
      <div class="layout">
        <div>
          <h2>${t(T.offer)}</h2>
          ${
            provision.photo
              ? html`<img
                  class="photo"
                  src="${provision.photo.url}"
                  alt="${provision.photo.altText}"
                  width="${provision.photo.width}"
                  height="${provision.photo.height}"
                />`
              : ''
          }
          <p>${provision.publicDescription ?? ''}</p>
          <dl>
            <dt>${t(T.organisation)}</dt>
            <dd>${provision.organisationName}</dd>
            <dt>${t(T.address)}</dt>
            <dd>
              ${[provision.street, provision.postcode, 'Maastricht'].filter(Boolean).join(', ')}
            </dd>
            <dt>${t(T.opening)}</dt>
            <dd>
              <ul>
                ${openingLines(provision.openingDayParts, language).map((line) => html`<li>${line.text}</li>`)}
              </ul>
            </dd>
            ${
              provision.targetGroups.length > 0
                ? html`<dt>${t(T.group)}</dt>
                    <dd>${provision.targetGroups.join(', ')}</dd>`
                : ''
            }
            <dt>${t(T.access)}</dt>
            <dd>
              ${provision.accessibilityFeatures.map((f) => t(ACCESSIBILITY_LABELS[f])).join(', ')}${provision.accessibility ? html`<br />${provision.accessibility}` : ''}
            </dd>
            ${
              contact.some(Boolean)
                ? html`<dt>${t(T.contact)}</dt>
                    <dd>
                      <ul>
                        ${contact}
                      </ul>
                    </dd>`
                : ''
            }
          </dl>
        </div>
        <div>${mapFigure(t, catalogue, [provision], provision.neighbourhoodCode ?? undefined)}</div>
      </div>
      ${joinForm(t, language, provision, form)}`,
  };
}
