/**
 * Typed application errors. A code is stable (programs rely on it); the Dutch message is
 * for people and may be reworded.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: 'Niet alle gegevens zijn goed ingevuld.' },
  INVALID_JSON: { status: 400, message: 'Het verzoek is geen geldige JSON.' },
  UNAUTHENTICATED: { status: 401, message: 'U bent niet ingelogd of uw sessie is verlopen.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Het e-mailadres of het wachtwoord klopt niet.' },
  FORBIDDEN: { status: 403, message: 'U hebt geen toegang tot deze functie.' },
  CSRF_FAILED: {
    status: 403,
    message:
      'Het verzoek kon niet worden gecontroleerd. Laad de pagina opnieuw en probeer het nog eens.',
  },
  NOT_FOUND: { status: 404, message: 'Dit bestaat niet of u hebt er geen toegang toe.' },
  CONFLICT: { status: 409, message: 'De gegevens zijn intussen gewijzigd.' },
  EMAIL_TAKEN: { status: 409, message: 'Er is al een gebruiker met dit e-mailadres.' },
  LAST_ADMIN: {
    status: 409,
    message:
      'Dit is de laatste actieve functioneel beheerder; die kan niet worden verwijderd of gedeactiveerd.',
  },
  ROUND_FROZEN: {
    status: 409,
    message: 'Deze ronde is al geopend en kan niet meer zo worden gewijzigd.',
  },
  CEILING_LOWERING_AFTER_SUBMISSION: {
    status: 409,
    message:
      'Er zijn al aanvragen op tijd ingediend. Een subsidieplafond kan daarna alleen nog worden verhoogd, niet verlaagd: een verlaging zou de aanvragers benadelen die al hebben aangevraagd.',
  },
  ROUND_NOT_READY: {
    status: 409,
    message: 'De ronde kan nog niet open: niet alle punten van de controlelijst kloppen.',
  },
  ROUND_NOT_OPEN: { status: 409, message: 'Deze ronde is niet open voor aanvragen.' },
  DEADLINE_PASSED: {
    status: 409,
    message:
      'De deadline is verstreken. Uw aanvraag is bewaard als te laat ingediend en doet niet mee in deze ronde.',
  },
  APPLICATION_NOT_EDITABLE: {
    status: 409,
    message: 'Deze aanvraag is ingediend of ingetrokken en kan niet meer worden gewijzigd.',
  },
  EDIT_CONFLICT: {
    status: 409,
    message:
      'Iemand anders heeft deze aanvraag intussen gewijzigd. Laad de nieuwste versie; uw wijzigingen zijn niet opgeslagen.',
  },
  SUBMISSION_INCOMPLETE: { status: 400, message: 'De aanvraag is nog niet compleet.' },
  DUPLICATE_APPLICATION: {
    status: 409,
    message: 'Voor deze voorziening is in deze ronde al een aanvraag.',
  },
  CONFLICT_OF_INTEREST: {
    status: 403,
    message:
      'U hebt een belang gemeld bij deze organisatie en kunt deze aanvraag daarom niet openen of beoordelen.',
  },
  ASSESSMENT_SUBMITTED: {
    status: 409,
    message: 'U hebt uw scores voor deze aanvraag al ingediend; ze liggen vast.',
  },
  ASSESSMENTS_INCOMPLETE: {
    status: 409,
    message:
      'Nog niet alle beoordelaars hebben hun scores ingediend; de eindscores kunnen nog niet worden vastgesteld.',
  },
  CONDITIONS_NOT_MET: {
    status: 409,
    message:
      'Deze aanvraag voldoet niet aan de algemene voorwaarden; de beoordeling op de criteria is daarmee beëindigd.',
  },
  RANKING_NOT_READY: { status: 409, message: 'De rangschikking kan nog niet worden gemaakt.' },
  RANKING_FIXED: {
    status: 409,
    message:
      'De rangschikking ligt al vast. Een herziening kan alleen met een reden en wordt een nieuwe versie.',
  },
  RANKING_NOT_FIXED: {
    status: 409,
    message:
      'De rangschikking ligt nog niet vast; er kunnen nog geen beschikkingen worden gemaakt.',
  },
  ROUND_NOT_CLOSED: {
    status: 409,
    message:
      'De deadline van deze ronde is nog niet verstreken. Beoordelen, rangschikken en beslissen kan pas na de deadline, als alle aanvragen binnen zijn.',
  },
  ASSESSMENT_INCOMPLETE: {
    status: 409,
    message:
      'Nog niet alle op tijd ingediende aanvragen van deze categorie hebben eindscores of een uitkomst; de rangschikking kan nog niet worden gemaakt.',
  },
  APPLICATION_DECIDED: {
    status: 409,
    message:
      'Op deze aanvraag is al beslist met een subsidieverlening; intrekken kan niet meer. U kunt wel afstand doen van de subsidie.',
  },
  RENUNCIATION_NOT_POSSIBLE: {
    status: 409,
    message:
      'Van deze subsidie kan geen afstand worden gedaan: er is geen verleende subsidie, of er is al afstand van gedaan.',
  },
  UNSUPPORTED_FILE: {
    status: 415,
    message: 'Alleen PDF-bestanden en afbeeldingen (PNG, JPEG) kunnen worden toegevoegd.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Het verzoek is te groot.' },
  ATTACHMENT_LIMIT: {
    status: 413,
    message: 'Deze aanvraag heeft het maximale aantal of de maximale omvang aan bijlagen bereikt.',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    message: 'Te veel pogingen achter elkaar. Wacht even en probeer het opnieuw.',
  },
  INTERNAL: { status: 500, message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message:
      'De database is even niet bereikbaar. Uw laatste wijziging is niet opgeslagen; probeer het over een ogenblik opnieuw.',
  },
  PSEUDONYM_KEY_MISSING: {
    status: 503,
    message:
      'Een BSN kan nu niet worden vastgelegd: de sleutel voor het versleutelen is niet ingesteld. Neem contact op met de functioneel beheerder.',
  },
  CONSENT_REQUIRED: {
    status: 409,
    message: 'Hiervoor heeft de deelnemer (nog) geen toestemming gegeven.',
  },
  QUESTIONNAIRE_LINK_EXPIRED: {
    status: 410,
    message: 'Deze link is verlopen. Vraag de coördinator van uw voorziening om een nieuwe link.',
  },
  QUESTIONNAIRE_LINK_USED: {
    status: 410,
    message:
      'Deze vragenlijst is al ingevuld. Bedankt! Vraag de coördinator om een nieuwe link als u hem opnieuw wilt invullen.',
  },
  REFERRAL_DECIDED: {
    status: 409,
    message: 'Over deze verwijzing is al besloten.',
  },
  COMPLETION_REQUEST_REQUIRED: {
    status: 409,
    message:
      'Een aanvraag kan pas buiten behandeling worden gesteld nadat de aanvrager is gevraagd haar aan te vullen en de termijn daarvoor ongebruikt is verstreken (artikel 4:5 Awb).',
  },
  COMPLETION_TERM_RUNNING: {
    status: 409,
    message:
      'De termijn om de aanvraag aan te vullen loopt nog. Pas daarna kan de aanvraag buiten behandeling worden gesteld.',
  },
  COMPLETION_ANSWERED: {
    status: 409,
    message:
      'De aanvrager heeft de aanvraag op dit verzoek al aangevuld; zij kan daarom niet buiten behandeling worden gesteld.',
  },
  COMPLETION_NOT_POSSIBLE: {
    status: 409,
    message: 'Bij deze aanvraag kan nu geen aanvulling worden gevraagd of gegeven.',
  },
  OBJECTION_NOT_POSSIBLE: {
    status: 409,
    message: 'Tegen deze beschikking kan (nog) geen bezwaar worden geregistreerd.',
  },
  OBJECTION_DECIDED: {
    status: 409,
    message: 'Op dit bezwaar is al beslist; de beslissing op bezwaar ligt vast.',
  },
  PARTICIPANT_LEFT: {
    status: 409,
    message: 'Deze deelnemer is uitgestroomd; dit kan niet meer worden gewijzigd.',
  },
  TWO_FACTOR_REQUIRED: {
    status: 403,
    message:
      'Vul eerst de code uit uw authenticator-app in (of een herstelcode); daarna kunt u verder.',
  },
  TWO_FACTOR_ENROLMENT_REQUIRED: {
    status: 403,
    message:
      'Uw rol vraagt om inloggen in twee stappen. Stel eerst uw authenticator-app in; daarna kunt u verder.',
  },
  INVALID_TWO_FACTOR_CODE: { status: 401, message: 'Deze code klopt niet. Probeer het opnieuw.' },
  TWO_FACTOR_CODE_USED: {
    status: 401,
    message:
      'Deze code is al gebruikt. Wacht tot uw app een nieuwe code toont (binnen 30 seconden) en vul die in.',
  },
  TWO_FACTOR_ALREADY_ENROLLED: {
    status: 409,
    message: 'Inloggen in twee stappen staat al aan voor dit account.',
  },
  TWO_FACTOR_NOT_ENROLLED: {
    status: 409,
    message: 'Inloggen in twee stappen staat niet aan voor dit account.',
  },
  TWO_FACTOR_MANDATORY: {
    status: 409,
    message:
      'Voor uw rol is inloggen in twee stappen verplicht; u kunt het niet uitzetten. Kwijt u uw telefoon? Vraag de functioneel beheerder om het opnieuw in te stellen.',
  },
  TWO_FACTOR_KEY_MISSING: {
    status: 503,
    message:
      'Inloggen in twee stappen kan nu niet worden gecontroleerd: de sleutel ontbreekt. Neem contact op met de functioneel beheerder.',
  },
  PASSWORD_RESET_LINK_INVALID: {
    status: 410,
    message:
      'Deze link werkt niet (meer): hij is al gebruikt, verlopen of niet volledig overgenomen. Vraag een nieuwe link aan.',
  },
  GRANT_CLOSED: {
    status: 409,
    message:
      'Deze subsidie is al vastgesteld, afgerekend of ingetrokken; zij kan niet meer worden gewijzigd.',
  },
  GRANT_TERMS_IN_RUN: {
    status: 409,
    message:
      'Een voorschot van deze subsidie zit in een betaalrun die nog niet is geëxporteerd. Financiën moet die betaalrun eerst annuleren of afronden.',
  },
  GRANT_CHANGE_DECIDED: {
    status: 409,
    message: 'Op dit wijzigingsverzoek is al beslist.',
  },
  SCHEDULE_LOCKED: {
    status: 409,
    message:
      'Het betaalschema kan niet meer worden gewijzigd: er is al een voorschot betaald of in een betaalrun opgenomen.',
  },
  PAYMENT_RUN_OWN_APPROVAL: {
    status: 403,
    message:
      'U hebt deze betaalrun zelf voorbereid. Een andere financieel medewerker moet haar goedkeuren (vier ogen).',
  },
  FUND_OWN_APPROVAL: {
    status: 403,
    message:
      'U hebt deze boeking zelf voorgesteld. Een andere financieel medewerker moet haar goedkeuren (vier ogen).',
  },
  FUND_BOOKING_STATE: {
    status: 409,
    message: 'Deze boeking is al goedgekeurd; ververs de pagina.',
  },
  SIF_NOT_POSSIBLE: {
    status: 409,
    message: 'Dit kan niet bij dit initiatief: er is niets veranderd.',
  },
  FUND_BOOKING_REFUSED: {
    status: 409,
    message: 'Deze boeking kan niet: er is niets geboekt.',
  },
  PAYMENT_RUN_STATE: {
    status: 409,
    message:
      'Deze betaalrun is intussen al goedgekeurd, geëxporteerd of geannuleerd; ververs de pagina.',
  },
  PAYMENT_RUN_EMPTY: {
    status: 409,
    message: 'Er zijn geen onbetaalde termijnen die tot en met die dag vervallen.',
  },
  PAYMENT_ACCOUNT_MISSING: {
    status: 409,
    message:
      'Het rekeningnummer (IBAN) en de BIC van de gemeente ontbreken of kloppen niet; de functioneel beheerder vult ze in onder Beheer, Betaalrekening.',
  },
  RENDEMENT_SCENARIO_NAME_TAKEN: {
    status: 409,
    message: 'Er is al een scenario met deze naam; kies een andere naam.',
  },
  SETTLEMENT_NOT_POSSIBLE: {
    status: 409,
    message: 'Deze subsidie kan nu niet worden vastgesteld.',
  },
  SETTLEMENT_NOTHING_TO_ISSUE: {
    status: 409,
    message: 'Er zijn geen voorgestelde vaststellingen om te verzenden.',
  },
  SETTLEMENT_TERMS_IN_RUN: {
    status: 409,
    message:
      'Een voorschot van deze subsidie zit in een betaalrun die nog niet is geëxporteerd; verstuur de vaststelling daarna.',
  },
  RECLAIM_NOT_OPEN: {
    status: 409,
    message: 'Op deze subsidie staat geen terugvordering open.',
  },
  REPORT_NOT_REQUIRED: {
    status: 409,
    message:
      'Voor deze subsidie hoeft u geen verantwoording in te dienen: zij wordt direct vastgesteld.',
  },
  REPORT_CLOSED: {
    status: 409,
    message:
      'De subsidie is al vastgesteld. Een verantwoording kan daarna niet meer worden ingediend of gewijzigd.',
  },
  REPORT_ALREADY_SUBMITTED: {
    status: 409,
    message: 'De verantwoording is al ingediend en kan niet meer worden gewijzigd.',
  },
  REPORT_TOO_EARLY: {
    status: 409,
    message:
      'De verantwoording kan pas worden ingediend vanaf de laatste dag van de subsidieperiode.',
  },
  REPORT_INCOMPLETE: { status: 400, message: 'De verantwoording is nog niet compleet.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  readonly fields: FieldError[] | undefined;

  constructor(
    code: ErrorCode,
    options: { message?: string; details?: Record<string, unknown>; fields?: FieldError[] } = {},
  ) {
    super(options.message ?? ERROR_CATALOGUE[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = options.details;
    this.fields = options.fields;
  }
}

/** The JSON body every error response has. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  details?: Record<string, unknown>;
}
