/**
 * Writes WMO301 messages (toewijzing Wmo-ondersteuning, iWmo 3.2) as a municipality's
 * back office sends them: the elements of `WMO301.xsd` in the wmo301 namespace, the parts
 * of the basisschema's datatypes (BerichtIdentificatie, XsdVersie, Geboortedatum, Naam,
 * Adres, Product, Omvang, …) in the basisschema namespace. The demo, the tests and the
 * benchmark write their messages with it, and a test holds what it writes against the
 * official schema and validation stylesheet (reference/istandaarden), in every prefix
 * style, so that what the product reads is what municipalities really send.
 */
import { BASISSCHEMA_NAMESPACE, WMO301_NAMESPACE } from './iwmo301-namespaces.ts';

export interface Wmo301Allocation {
  /** ToewijzingNummer: a whole number. */
  number: string | number;
  /** Product/Categorie (two digits); without it the message has no Product. */
  category?: string | null;
  /** Product/Code (five characters); only with a category. */
  productCode?: string | null;
  /** Toewijzingsdatum and Toewijzingstijd: when the municipality fixed this version. */
  assignedOn: string;
  assignedAt?: string;
  start: string;
  end?: string | null;
  /**
   * RedenWijziging, e.g. 13 (verwijderd: treat as never sent; rule CS335 allows it only
   * with Einddatum equal to Ingangsdatum).
   */
  changeReason?: string | null;
  /**
   * Omvang: volume per unit (eenheid 16 = dagdeel) per frequency (2 = per week, 4 = per
   * month). Written only for a product with a Code (default: 2 dagdelen a week, or 8 a
   * month when the allocation has no end).
   */
  extent?: { volume: number; unit: string; frequency: string };
  providerReference?: string | null;
  /** Budget in eurocent, only for a product without a Code. */
  budgetCents?: number | null;
  comment?: string | null;
}

export interface Wmo301Message {
  /** BerichtIdentificatie/Identificatie, at most 12 characters. */
  identification: string;
  /** BerichtIdentificatie/Dagtekening. */
  dated: string;
  /** Afzender: the municipality's four-digit code (0935 is Maastricht). */
  municipality?: string;
  /** Ontvanger: the provider's AGB code. */
  providerAgb: string;
  client: {
    bsn: string;
    birthDate: string;
    /** 0 unknown, 1 male, 2 female. */
    gender?: '0' | '1' | '2';
    surname: string;
    surnamePrefix?: string | null;
    initials?: string | null;
    firstNames?: string | null;
    postcode?: string;
    houseNumber?: number;
    street?: string;
    place?: string;
    phone?: string | null;
    email?: string | null;
    /** Optional elements of Client, written only when asked for. */
    communication?: { form: string; language?: string } | null;
    legalStatus?: string | null;
    representation?: string | null;
    comment?: string | null;
    relation?: { number: string; kind: string; surname: string; initials?: string } | null;
  };
  allocations: Wmo301Allocation[];
}

/**
 * How the namespaces are written; the schema allows each, and the reader must read each:
 * - `prefixed`: `wmo301:` and `iwmo:` on every element;
 * - `wmo301-default`: wmo301 as the default namespace, `iwmo:` for the basisschema;
 * - `basisschema-default`: `wmo301:` prefixed, the basisschema as the default namespace;
 * - `redeclared`: no prefixes at all, the default namespace declared again on every
 *   element whose namespace differs from its parent's.
 */
export type PrefixStyle = 'prefixed' | 'wmo301-default' | 'basisschema-default' | 'redeclared';
export const PREFIX_STYLES: readonly PrefixStyle[] = [
  'prefixed',
  'wmo301-default',
  'basisschema-default',
  'redeclared',
];

type Space = 'w' | 'b';
interface Node {
  name: string;
  space: Space;
  text?: string;
  children?: Node[];
}

const w = (name: string, content: string | Node[]): Node => element(name, 'w', content);
const b = (name: string, content: string | Node[]): Node => element(name, 'b', content);

function element(name: string, space: Space, content: string | Node[]): Node {
  return typeof content === 'string'
    ? { name, space, text: content }
    : { name, space, children: content };
}

function optional<T>(value: T | null | undefined, make: (value: T) => Node): Node[] {
  return value === null || value === undefined ? [] : [make(value)];
}

function volledigeNaam(name: {
  surname: string;
  surnamePrefix?: string | null;
  firstNames?: string | null;
  initials?: string | null;
}): Node[] {
  return [
    b('Geslachtsnaam', [
      b('Achternaam', name.surname),
      ...optional(name.surnamePrefix, (prefix) => b('Voorvoegsel', prefix)),
    ]),
    ...optional(name.firstNames, (names) => b('Voornamen', names)),
    ...optional(name.initials, (initials) => b('Voorletters', initials)),
    b('NaamGebruik', '1'),
  ];
}

function tree(message: Wmo301Message): Node {
  const { client } = message;
  const header = w('Header', [
    w('BerichtCode', '414'),
    w('BerichtVersie', '3'),
    w('BerichtSubversie', '2'),
    w('Afzender', message.municipality ?? '0935'),
    w('Ontvanger', message.providerAgb),
    w('BerichtIdentificatie', [
      b('Identificatie', message.identification),
      b('Dagtekening', message.dated),
    ]),
    w('XsdVersie', [b('BasisschemaXsdVersie', '1.0.0'), b('BerichtXsdVersie', '1.0.0')]),
  ]);
  const address = w('Adres', [
    b('Huis', [b('Huisnummer', String(client.houseNumber ?? 1))]),
    b('Postcode', client.postcode ?? '6211AA'),
    b('Straatnaam', client.street ?? 'Markt'),
    b('Plaatsnaam', client.place ?? 'Maastricht'),
    b('LandCode', 'NL'),
  ]);
  const contact = w('Contact', [
    w('Soort', '01'),
    address,
    ...optional(client.phone, (phone) =>
      w('Telefoon', [b('Telefoon01', [b('Telefoonnummer', phone), b('Landnummer', '0031')])]),
    ),
    ...optional(client.email, (email) => w('Emailadres', email)),
  ]);
  const relation = client.relation;
  const clientNode = w('Client', [
    w('Bsn', client.bsn),
    w('Geboortedatum', [b('Datum', client.birthDate)]),
    w('Geslacht', client.gender ?? '0'),
    w('Naam', volledigeNaam(client)),
    ...optional(client.communication, (c) =>
      w('Communicatie', [b('Vorm', c.form), ...optional(c.language, (l) => b('Taal', l))]),
    ),
    ...optional(client.legalStatus, (status) => w('JuridischeStatus', status)),
    ...optional(client.representation, (r) => w('WettelijkeVertegenwoordiging', r)),
    ...optional(client.comment, (comment) => w('Commentaar', comment)),
    ...optional(relation, (r) =>
      w('Relaties', [
        w('Relatie', [
          w('Nummer', r.number),
          w('Soort', r.kind),
          w('Naam', volledigeNaam(r)),
          w('Contact', [w('Soort', '01'), address]),
        ]),
      ]),
    ),
    w('Contactgegevens', [contact]),
    w('ToegewezenProducten', message.allocations.map(allocationNode)),
  ]);
  return w('Bericht', [header, clientNode]);
}

/**
 * The rules of the stylesheet: a product with a Code has an Omvang (CD041), one without a
 * Code has none (CD080; it may have a Budget instead), and "per week" needs an end date
 * (CD076), so an open-ended allocation is counted per month.
 */
function extentOf(allocation: Wmo301Allocation): Wmo301Allocation['extent'] | null {
  if (!allocation.productCode) return null;
  if (allocation.extent) return allocation.extent;
  return allocation.end
    ? { volume: 2, unit: '16', frequency: '2' }
    : { volume: 8, unit: '16', frequency: '4' };
}

function allocationNode(allocation: Wmo301Allocation): Node {
  return w('ToegewezenProduct', [
    w('ToewijzingNummer', String(allocation.number)),
    ...optional(allocation.providerReference, (r) => w('ReferentieAanbieder', r)),
    ...optional(allocation.category, (category) =>
      w('Product', [
        b('Categorie', category),
        ...optional(allocation.productCode, (code) => b('Code', code)),
      ]),
    ),
    w('Toewijzingsdatum', allocation.assignedOn),
    w('Toewijzingstijd', allocation.assignedAt ?? '09:00:00'),
    w('Ingangsdatum', allocation.start),
    ...optional(allocation.end, (end) => w('Einddatum', end)),
    ...optional(allocation.changeReason, (reason) => w('RedenWijziging', reason)),
    ...optional(extentOf(allocation), (e) =>
      w('Omvang', [
        b('Volume', String(e.volume)),
        b('Eenheid', e.unit),
        b('Frequentie', e.frequency),
      ]),
    ),
    ...optional(allocation.productCode ? null : allocation.budgetCents, (cents) =>
      w('Budget', String(cents)),
    ),
    ...optional(allocation.comment, (comment) => w('Commentaar', comment)),
  ]);
}

const URI: Record<Space, string> = { w: WMO301_NAMESPACE, b: BASISSCHEMA_NAMESPACE };

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The message as XML text; `indent` writes one element per line, as most back offices do. */
export function writeWmo301(
  message: Wmo301Message,
  options: { style?: PrefixStyle; indent?: boolean } = {},
): string {
  const style = options.style ?? 'prefixed';
  const indent = options.indent ?? true;
  const prefixOf = (space: Space): string => {
    if (style === 'redeclared') return '';
    if (style === 'prefixed') return space === 'w' ? 'wmo301:' : 'iwmo:';
    if (style === 'wmo301-default') return space === 'w' ? '' : 'iwmo:';
    return space === 'w' ? 'wmo301:' : '';
  };
  const rootDeclarations = (): string => {
    if (style === 'redeclared') return ` xmlns="${URI.w}"`;
    const declare = (space: Space) => {
      const prefix = prefixOf(space);
      return prefix === ''
        ? ` xmlns="${URI[space]}"`
        : ` xmlns:${prefix.slice(0, -1)}="${URI[space]}"`;
    };
    return `${declare('w')}${declare('b')}`;
  };
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const write = (node: Node, depth: number, parent: Space | null) => {
    const name = `${prefixOf(node.space)}${node.name}`;
    const declarations =
      parent === null
        ? rootDeclarations()
        : style === 'redeclared' && node.space !== parent
          ? ` xmlns="${URI[node.space]}"`
          : '';
    // In the redeclared style a default namespace holds for the element's descendants too,
    // so a wmo301 element inside a basisschema one would need it again; the schema has none.
    const pad = indent ? '  '.repeat(depth) : '';
    if (node.text !== undefined) {
      parts.push(`${pad}<${name}${declarations}>${escape(node.text)}</${name}>`);
      return;
    }
    parts.push(`${pad}<${name}${declarations}>`);
    for (const child of node.children ?? []) write(child, depth + 1, node.space);
    parts.push(`${pad}</${name}>`);
  };
  write(tree(message), 0, null);
  return parts.join(indent ? '\n' : '') + '\n';
}
