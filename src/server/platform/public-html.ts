/**
 * The shell of the public pages (social map, subsidy register, and later ones): pages
 * rendered on the server as plain HTML that works without JavaScript. Every value goes
 * through `escapeHtml` by way of the `html` template; only `SafeHtml` made here is trusted.
 * The visitor's language comes from ?lang= or the cookie that remembers it (no tracking:
 * the cookie holds "nl" or "en" and nothing else). docs/rules/social-map.md.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from './errors.ts';
import { type App, toAppError } from './http.ts';
import { type Bilingual, type Language, chooseLanguage } from '../../domain/social-map/language.ts';

export const LANGUAGE_COOKIE = 'taal';
/** The public social map; the staff pages of a provision live under /beheer/voorzieningen. */
export const SOCIAL_MAP_PATH = '/voorzieningen';
/** The fund's public pages; the staff app keeps /fonds. */
export const FUND_PUBLIC_PATH = '/fonds-openbaar';
const LANGUAGE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** Text that is already HTML: made only by `html`, `raw` of a constant, or `jsonLd`. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The one escaping of the public pages: text and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Interpolation = SafeHtml | string | number | null | undefined | false | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** html`<p>${text}</p>`: every interpolated value is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** A constant of this code base (never a value from a request or the database). */
export const raw = (constant: string): SafeHtml => new SafeHtml(constant);

/**
 * Structured data for a <script type="application/ld+json">: JSON with `<` escaped, so no
 * text in it can close the script element.
 */
export function jsonLd(data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return new SafeHtml(`<script type="application/ld+json">${json}</script>`);
}

/** The visitor's language; a ?lang= choice is remembered in a cookie for a year. */
export function visitorLanguage(request: FastifyRequest, reply: FastifyReply): Language {
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.lang;
  const language = chooseLanguage(fromQuery, request.cookies[LANGUAGE_COOKIE]);
  if (fromQuery === language && request.cookies[LANGUAGE_COOKIE] !== language) {
    void reply.setCookie(LANGUAGE_COOKIE, language, {
      path: '/',
      maxAge: LANGUAGE_COOKIE_MAX_AGE_SECONDS,
      sameSite: 'lax',
      httpOnly: true,
      secure: request.protocol === 'https',
    });
  }
  return language;
}

/** A text of the public pages in the visitor's language. */
export type Translate = (text: Bilingual) => string;
export const translator =
  (language: Language): Translate =>
  (text) =>
    text[language];

/** The URL of the same page in the other language (the query kept, `lang` replaced). */
export function urlInLanguage(url: string, language: Language): string {
  const [path, query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', language);
  return `${path}?${params.toString()}`;
}

const SHELL_TEXTS = {
  skip: { nl: 'Naar de inhoud', en: 'Skip to content' },
  otherLanguage: { nl: 'English', en: 'Nederlands' },
  map: { nl: 'Sociale kaart', en: 'Social map' },
  register: { nl: 'Subsidieregister', en: 'Subsidy register' },
  fund: { nl: 'Sociaal Investeringsfonds', en: 'Social Investment Fund' },
  footer: {
    nl: 'Een dienst van de gemeente. Deze pagina gebruikt geen trackers; een cookie onthoudt alleen uw taal.',
    en: 'A service of the municipality. This page uses no trackers; one cookie only remembers your language.',
  },
} satisfies Record<string, Bilingual>;

/**
 * Small and self-contained: the public pages must stay light (bench/public.ts weighs them),
 * so they carry their own few rules in NL Design System's spirit rather than the web app's
 * stylesheet. Colours meet WCAG AA contrast on white.
 */
const STYLE = `*{box-sizing:border-box}body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
a{color:#00578a}a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #f5a623;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header,footer{background:#00395c;color:#fff;padding:.75rem 1rem}header a,footer a{color:#fff}
header nav{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;max-width:72rem;margin:auto}
main{max-width:72rem;margin:auto;padding:1rem}footer p{max-width:72rem;margin:.25rem auto;font-size:.9rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}h2{font-size:1.3rem;margin:1.5rem 0 .5rem}h3{font-size:1.1rem;margin:0 0 .25rem}
label,legend{font-weight:600;display:block;margin:.5rem 0 .25rem}fieldset{border:0;padding:0;margin:0}
input,select,textarea{font:inherit;width:100%;padding:.5rem;border:2px solid #555;border-radius:4px;min-height:2.75rem;background:#fff}
.check{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.25rem 0}.check input{width:1.25rem;min-height:1.25rem}
button,.button{font:inherit;font-weight:600;padding:.6rem 1.2rem;min-height:2.75rem;border:0;border-radius:4px;background:#00578a;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
.filters{display:grid;gap:.5rem 1rem;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));margin-bottom:1rem}
.layout{display:grid;gap:1.5rem}@media(min-width:60rem){.layout{grid-template-columns:3fr 2fr}}
.results{list-style:none;padding:0;margin:0}.results li{border-top:1px solid #ccc;padding:.75rem 0}.meta{color:#444;margin:.1rem 0}
.notice{border-left:6px solid #00578a;background:#eef5fa;padding:.75rem 1rem;margin:1rem 0}.error{border-color:#b00020;background:#fdecee}
.hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
svg{width:100%;height:auto}svg path{fill:#e8eef3;stroke:#6b7c8a;stroke-width:1}svg path.on{fill:#b9d3e6}svg circle{fill:#b00020;stroke:#fff;stroke-width:1.5}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ccc;vertical-align:top}td.n,th.n{text-align:right}
.scroll{overflow-x:auto}dl{display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
dd ul{margin:0;padding-left:1.2rem}figure{margin:0}img.photo{max-width:100%;height:auto;border-radius:4px}@media(max-width:40rem){dl{display:block}dd{margin-bottom:.5rem}}`;

export interface PublicPage {
  language: Language;
  title: string;
  /** The page's own URL (as requested), for the language switch. */
  url: string;
  description?: string;
  body: SafeHtml;
  /** Structured data and other head elements. */
  head?: SafeHtml;
}

/** The whole HTML document of a public page. */
export function publicPage(page: PublicPage): string {
  const t = translator(page.language);
  const other: Language = page.language === 'nl' ? 'en' : 'nl';
  const document = html`<html lang="${page.language}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width,initial-scale=1" />
      <title>${page.title}</title>
      ${page.description ? html`<meta name="description" content="${page.description}" />` : ''}
      <style>
        ${raw(STYLE)}
      </style>
      ${page.head}
    </head>
    <body>
      <a class="skip" href="#inhoud">${t(SHELL_TEXTS.skip)}</a>
      <header>
        <nav aria-label="${t(SHELL_TEXTS.map)}">
          <a href="${SOCIAL_MAP_PATH}">${t(SHELL_TEXTS.map)}</a
          ><a href="/subsidieregister">${t(SHELL_TEXTS.register)}</a
          ><a href="${FUND_PUBLIC_PATH}">${t(SHELL_TEXTS.fund)}</a>
          <a href="${urlInLanguage(page.url, other)}" lang="${other}" hreflang="${other}"
            >${t(SHELL_TEXTS.otherLanguage)}</a
          >
        </nav>
      </header>
      <main id="inhoud">${page.body}</main>
      <footer><p>${t(SHELL_TEXTS.footer)}</p></footer>
    </body>
  </html>`;
  return `<!doctype html>${document.value}`;
}

/** Sends a public page: HTML, cacheable only by the visitor's browser (it depends on the cookie). */
export function sendPage(reply: FastifyReply, page: PublicPage, status = 200): FastifyReply {
  return (
    reply
      .code(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'private, max-age=60')
      .header('vary', 'Cookie')
      // With "no-referrer" (helmet's default) browsers send "Origin: null" with a form, which the
      // CSRF check refuses; "same-origin" still tells other sites nothing.
      .header('referrer-policy', 'same-origin')
      .send(publicPage(page))
  );
}

const ERROR_TEXTS: Record<string, Bilingual> = {
  NOT_FOUND: {
    nl: 'Deze pagina bestaat niet (meer).',
    en: 'This page does not exist (any more).',
  },
  TOO_MANY_ATTEMPTS: {
    nl: 'Te veel verzoeken achter elkaar vanaf uw adres. Probeer het over een uur opnieuw.',
    en: 'Too many requests in a row from your address. Please try again in an hour.',
  },
  DATABASE_UNAVAILABLE: {
    nl: 'De gegevens zijn even niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    en: 'The data cannot be reached right now. Please try again in a few minutes.',
  },
};

/** An error on a public page: a page with a clear message, never a JSON answer. */
export function publicErrorPage(
  reply: FastifyReply,
  language: Language,
  url: string,
  error: AppError,
): FastifyReply {
  const t = translator(language);
  const message = ERROR_TEXTS[error.code] ?? {
    nl: 'Er ging iets mis. Probeer het later opnieuw.',
    en: 'Something went wrong. Please try again later.',
  };
  if (error.code === 'TOO_MANY_ATTEMPTS' && typeof error.details?.retryAfterSeconds === 'number') {
    void reply.header('retry-after', String(error.details.retryAfterSeconds));
  }
  return sendPage(
    reply,
    {
      language,
      url,
      title: t({ nl: 'Niet gelukt', en: 'Something went wrong' }),
      body: html`<h1>${t({ nl: 'Niet gelukt', en: 'Something went wrong' })}</h1>
        <p class="notice error" role="alert">${t(message)}</p>
        <p class="meta">${t({ nl: 'Foutcode', en: 'Error code' })}: ${error.code}</p>
        <p><a href="${SOCIAL_MAP_PATH}">${t(SHELL_TEXTS.map)}</a></p>`,
    },
    error.status,
  );
}

/** Errors of the routes of this plugin become public pages in the visitor's language. */
export function answerErrorsWithPages(app: App): void {
  app.setErrorHandler((error, request, reply) =>
    publicErrorPage(
      reply,
      visitorLanguage(request, reply),
      request.url,
      toAppError(error as Error, request),
    ),
  );
}
