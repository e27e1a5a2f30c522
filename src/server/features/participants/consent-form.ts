/**
 * The printable consent form of a provision, in plain Dutch (B1). It says only what is true
 * (docs/privacy/consent-form.md): who is responsible and how to reach the data protection
 * officer, what we record and why, that the BSN becomes a code the municipality can trace
 * back to the person, that the municipality contacts the care provider about the allocation
 * and not with the person's name, what is kept after erasure (counts and scores without a
 * name) and for how long; the three consents as tick boxes; that consent is voluntary and
 * can be withdrawn at any time; the participant's rights; and signature lines.
 */
import type { Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ConsentScope } from '../../../domain/participants/registration.ts';

export interface ConsentForm {
  municipalityName: string;
  organisationName: string;
  provisionName: string;
  /** Months after leaving that a participant's personal data is erased. */
  retentionMonths: number;
  /** Months after it is closed that a double-financing signal is deleted. */
  signalRetentionMonths: number;
  /** The municipality's settings; when not set, the form names the municipality itself. */
  privacy: {
    controller: string | null;
    dataProtectionOfficer: string | null;
    dataProtectionOfficerEmail: string | null;
  };
}

/** "24 maanden (2 jaar)" */
export function retentionText(months: number): string {
  const base = months === 1 ? '1 maand' : `${months} maanden`;
  if (months % 12 !== 0) return base;
  const years = months / 12;
  return `${base} (${years === 1 ? '1 jaar' : `${years} jaar`})`;
}

const SCOPES: { scope: ConsentScope; title: string; text: string }[] = [
  {
    scope: 'registration',
    title: 'Mijn gegevens opschrijven',
    text: 'Wij schrijven uw naam (of voorletters), uw geboortejaar en uw buurt op. En op welke dagdelen u er bent.',
  },
  {
    scope: 'measurements',
    title: 'Vragen over hoe het met mij gaat',
    text: 'Af en toe vult u een korte vragenlijst in over hoe het met u gaat en hoe tevreden u bent. De coördinator vult die ook in, samen met u.',
  },
  {
    scope: 'matching',
    title: 'Vergelijken met hulp van de gemeente (met mijn BSN)',
    text: 'De gemeente kijkt of u via de Wmo ook begeleiding in een groep krijgt. Dan krijgt u misschien twee keer dezelfde hulp. Daarvoor gebruiken wij uw burgerservicenummer (BSN). Wij bewaren uw BSN niet zelf: wij maken er een code van met een geheime sleutel. De gemeente heeft die sleutel en kan de code dus weer aan u koppelen. Krijgt u die begeleiding ook? Dan neemt de gemeente contact op met de zorgaanbieder over die toewijzing. Zij noemt het nummer van de toewijzing, niet uw naam.',
  },
];

function place(municipalityName: string): string {
  return municipalityName.replace(/^Gemeente /, '');
}

/** The form as headed paragraphs; the PDF is built from these. */
export function consentFormSections(f: ConsentForm): { heading: string; paragraphs: string[] }[] {
  const controller =
    f.privacy.controller ??
    `het college van burgemeester en wethouders van ${place(f.municipalityName)}`;
  const officer =
    f.privacy.dataProtectionOfficer ??
    `de functionaris gegevensbescherming van ${f.municipalityName.replace(/^Gemeente/, 'de gemeente')}`;
  const officerContact = f.privacy.dataProtectionOfficerEmail
    ? `${officer} (${f.privacy.dataProtectionOfficerEmail})`
    : officer;
  return [
    {
      heading: 'Waarom vragen wij dit?',
      paragraphs: [
        `U doet mee aan ${f.provisionName} van ${f.organisationName}. ${f.municipalityName} betaalt mee aan deze plek. Wij willen graag bijhouden wie er meedoet en hoe het met u gaat. Zo laten wij zien wat ${f.provisionName} voor mensen betekent. En kunnen wij u beter helpen.`,
      ],
    },
    {
      heading: 'Wie is verantwoordelijk?',
      paragraphs: [
        `${f.organisationName} is verantwoordelijk voor wat wij over u opschrijven. Alleen de coördinatoren van ${f.provisionName} zien uw naam en uw antwoorden.`,
        `Voor het vergelijken met hulp van de gemeente is ${controller} verantwoordelijk (de verwerkingsverantwoordelijke). De gemeente krijgt verder alleen getallen zonder namen.`,
        `Hebt u een vraag over uw privacy? Neem dan contact op met ${officerContact}.`,
      ],
    },
    {
      heading: 'Wat schrijven wij op?',
      paragraphs: [
        'Alleen als u daar toestemming voor geeft:',
        '• uw naam of voorletters, uw geboortejaar en de buurt waar u woont;',
        '• wanneer u begon, hoe u bij ons kwam en op welke dagdelen u er bent;',
        '• uw antwoorden op vragen over uw gezondheid en hoe tevreden u bent;',
        '• een code die gemaakt is van uw BSN (alleen bij het derde kruisje).',
        'Wij schrijven niets op over ziektes of medicijnen.',
      ],
    },
    {
      heading: 'U beslist zelf',
      paragraphs: [
        'Toestemming geven is vrijwillig. U mag ook meedoen zonder toestemming. Dan tellen wij alleen hoeveel mensen er waren, zonder naam.',
        'U kunt uw toestemming altijd intrekken, ook later. Zeg het tegen de coördinator. Dat heeft geen gevolgen: u blijft gewoon welkom en u mag blijven meedoen. Trekt u de toestemming voor het vergelijken in? Dan wissen wij de code van uw BSN meteen, en neemt de gemeente over u geen contact meer op met een zorgaanbieder.',
      ],
    },
    {
      heading: 'Hoe lang bewaren wij uw gegevens?',
      paragraphs: [
        `Zolang u meedoet. Stopt u? Dan wissen wij ${retentionText(f.retentionMonths)} nadat u gestopt bent uw naam, uw geboortejaar, de code van uw BSN en wat u zelf hebt opgeschreven. U mag ook vragen om dat eerder te doen.`,
        'Wat blijft, heeft geen naam meer: getallen, zoals op welke dagdelen iemand er was, en de cijfers van de vragenlijsten. Niemand kan dan nog zien dat ze van u zijn. Zo blijven de tellingen van de voorziening kloppen.',
        `Heeft de gemeente bij het vergelijken iets gevonden? Dan bewaart zij dat tot ${retentionText(f.signalRetentionMonths)} nadat zij het heeft afgehandeld, zonder uw naam.`,
      ],
    },
    {
      heading: 'Uw rechten',
      paragraphs: [
        'U mag altijd vragen welke gegevens wij van u hebben. U krijgt dan een overzicht (inzage).',
        'Klopt er iets niet? Dan passen wij het aan (correctie).',
        'U mag ook vragen om uw gegevens te wissen.',
        `Vraag het aan de coördinator van ${f.provisionName}. Wij houden bij wie uw gegevens bekijkt. Hebt u een klacht over hoe wij met uw gegevens omgaan? Dan kunt u terecht bij de Autoriteit Persoonsgegevens.`,
      ],
    },
  ];
}

// A function, not a shared constant: pdfmake writes layout state into the objects it renders.
const tickBox = (): Column => ({
  width: 20,
  stack: [{ canvas: [{ type: 'rect', x: 0, y: 2, w: 11, h: 11, lineWidth: 1 }] }],
});

const line = (label: string): Content[] => [
  { text: label, bold: true, margin: [0, 14, 0, 0] },
  {
    canvas: [{ type: 'line', x1: 0, y1: 16, x2: 300, y2: 16, lineWidth: 0.7 }],
  },
];

export function consentFormPdf(f: ConsentForm): TDocumentDefinitions {
  const content: Content[] = [
    { text: 'Toestemming voor uw gegevens', fontSize: 18, bold: true },
    {
      text: `${f.provisionName} · ${f.organisationName}`,
      fontSize: 12,
      color: '#444444',
      margin: [0, 2, 0, 16],
    },
  ];
  for (const section of consentFormSections(f)) {
    content.push({ text: section.heading, fontSize: 13, bold: true, margin: [0, 10, 0, 4] });
    for (const paragraph of section.paragraphs)
      content.push({ text: paragraph, margin: [0, 0, 0, 4] });
  }
  content.push({
    text: 'Waarvoor geeft u toestemming?',
    fontSize: 13,
    bold: true,
    margin: [0, 14, 0, 4],
    pageBreak: 'before',
  });
  content.push({
    text: 'Zet een kruisje bij wat u goed vindt. U mag één, twee of alle drie aankruisen. Zonder het eerste kruisje schrijven wij niets over u op.',
    margin: [0, 0, 0, 8],
  });
  for (const item of SCOPES) {
    content.push({
      columns: [
        tickBox(),
        {
          width: '*',
          stack: [{ text: item.title, bold: true }, { text: item.text }],
        },
      ],
      margin: [0, 0, 0, 10],
    });
  }
  content.push(...line('Mijn BSN (alleen bij het derde kruisje)'));
  content.push({
    text: 'Ondertekenen',
    fontSize: 13,
    bold: true,
    margin: [0, 22, 0, 0],
  });
  content.push(
    ...line('Naam deelnemer'),
    ...line('Datum'),
    ...line('Handtekening deelnemer'),
    ...line('Naam coördinator'),
    ...line('Handtekening coördinator'),
  );
  content.push({
    text: 'U krijgt een kopie van dit formulier als u dat wilt.',
    margin: [0, 18, 0, 0],
    italics: true,
  });
  return {
    info: {
      title: `Toestemmingsformulier ${f.provisionName}`,
      author: f.organisationName,
      subject: 'Toestemming voor het vastleggen van gegevens van deelnemers',
    },
    language: 'nl-NL',
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.35 },
    footer: (page, pages) => ({
      text: `${f.provisionName} · toestemmingsformulier · pagina ${page} van ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 24, 0, 0],
    }),
    content,
  };
}
