/**
 * Reads an iWmo 3.2 WMO301 message (toewijzing Wmo-ondersteuning, BerichtCode 414) as a
 * stream with saxes, keeping only what the double-financing check needs: the provider
 * (Header/Ontvanger, an AGB code), the client's BSN (turned into a pseudonym at once) and
 * per ToegewezenProduct its number, category, product code, period, and the moment and
 * reason of this version (Toewijzingsdatum, Toewijzingstijd, RedenWijziging; rule IV013).
 * Every element must be in the namespace the schemas give it (iwmo301-namespaces.ts; the
 * rules are in docs/rules/iwmo-wmo301.md). Anything that is not a well-formed WMO301
 * message refuses the whole file, so a broken file can never yield half its allocations.
 * saxes expands no external entities and no DTD, and a DOCTYPE is refused outright: a
 * WMO301 message never has one.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { parseVersionMoment } from '../../../../domain/double-financing/allocation-versions.ts';
import { isValidDay, parsePeriod } from '../../../../domain/periods.ts';
import { BadInputError } from './bad-input.ts';
import {
  BASISSCHEMA_NAMESPACE,
  childNamespace,
  WMO301_NAMESPACE,
  type ElementName,
} from './iwmo301-namespaces.ts';
import {
  AGB_CODE,
  BSN_REJECTED,
  type AllocationRecord,
  type IdentifyPerson,
  type ReadFile,
} from './records.ts';

export { WMO301_NAMESPACE };
export const WMO301_BERICHTCODE = '414';
const KNOWN_BERICHTCODES: Record<string, string> = { '414': 'WMO301', '415': 'WMO302' };
const ISTANDAARDEN_NAMESPACE =
  /^http:\/\/www\.istandaarden\.nl\/i([a-z]+)\/([0-9]+)_([0-9]+)\/([a-z]+[0-9]+)\/schema$/;

const PRODUCT = 'Bericht/Client/ToegewezenProducten/ToegewezenProduct';
const MESSAGE_ID = 'Bericht/Header/BerichtIdentificatie/Identificatie';
/** The elements whose text we read, by their path from the root. */
const VALUE_PATHS = new Set([
  'Bericht/Header/BerichtCode',
  'Bericht/Header/Ontvanger',
  MESSAGE_ID,
  'Bericht/Client/Bsn',
  `${PRODUCT}/ToewijzingNummer`,
  `${PRODUCT}/Product/Categorie`,
  `${PRODUCT}/Product/Code`,
  `${PRODUCT}/Toewijzingsdatum`,
  `${PRODUCT}/Toewijzingstijd`,
  `${PRODUCT}/Ingangsdatum`,
  `${PRODUCT}/Einddatum`,
  `${PRODUCT}/RedenWijziging`,
]);
/** LDT_Nummer: a whole number from 0 to 999999999 (xs:integer, so leading zeros may occur). */
const ALLOCATION_NUMBER = /^\+?([0-9]{1,20})$/;
const MAX_ALLOCATION_NUMBER = 999_999_999;
const MAX_VALUE_LENGTH = 200;

interface Located {
  value: string;
  line: number;
}

interface ProductDraft {
  line: number;
  ToewijzingNummer?: Located;
  Categorie?: Located;
  Code?: Located;
  Toewijzingsdatum?: Located;
  Toewijzingstijd?: Located;
  Ingangsdatum?: Located;
  Einddatum?: Located;
  RedenWijziging?: Located;
}

interface FinishedProduct {
  line: number;
  allocationNumber: string;
  category: string | null;
  product: string | null;
  assignedAt: string;
  changeReason: string | null;
  start: string;
  end: string | null;
}

type ProductField = Exclude<keyof ProductDraft, 'line'>;

/** A message read: its allocations, and its BerichtIdentificatie (null when it has none). */
export interface Wmo301Read extends ReadFile<AllocationRecord> {
  messageId: string | null;
}

export async function readWmo301(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  file: string,
  identify: IdentifyPerson,
): Promise<Wmo301Read> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const refuse = (
    problem: string,
    line: number | null = parser.line,
    field: string | null = null,
  ) => new BadInputError({ file, line, field }, problem);

  const stack: ElementName[] = [];
  // The path of each open element ("Bericht/Client/Bsn"), kept beside the stack so that
  // no path is joined again for every element of a large file.
  const paths: string[] = [];
  let value: { path: string; depth: number; line: number; text: string } | null = null;
  let headers = 0;
  const clients: Located[] = [];
  // Filled in by the handlers below. The clear BSN never leaves this function.
  const found: {
    berichtCode?: Located;
    ontvanger?: Located;
    messageId?: Located;
    bsn?: Located;
  } = {};
  let product: ProductDraft | null = null;
  const products: FinishedProduct[] = [];

  const once = (current: Located | null | undefined, name: string, line: number) => {
    if (current) throw refuse(`occurs twice (also on line ${current.line})`, line, name);
  };

  const keep = (path: string, located: Located) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (path === 'Bericht/Header/BerichtCode') {
      once(found.berichtCode, name, located.line);
      found.berichtCode = located;
      if (located.value !== WMO301_BERICHTCODE) {
        const known = KNOWN_BERICHTCODES[located.value];
        throw refuse(
          `is "${located.value}"${known ? ` (a ${known} message)` : ''}; a WMO301 message has BerichtCode ${WMO301_BERICHTCODE}`,
          located.line,
          name,
        );
      }
    } else if (path === 'Bericht/Header/Ontvanger') {
      once(found.ontvanger, name, located.line);
      if (!AGB_CODE.test(located.value)) {
        throw refuse(`"${located.value}" is not an AGB code of eight digits`, located.line, name);
      }
      found.ontvanger = located;
    } else if (path === MESSAGE_ID) {
      once(found.messageId, name, located.line);
      found.messageId = located;
    } else if (path === 'Bericht/Client/Bsn') {
      once(found.bsn, name, located.line);
      found.bsn = located;
    } else if (product) {
      const field = name as ProductField;
      once(product[field], name, located.line);
      product[field] = located;
    }
  };

  const finishProduct = (draft: ProductDraft) => {
    for (const required of [
      'ToewijzingNummer',
      'Toewijzingsdatum',
      'Toewijzingstijd',
      'Ingangsdatum',
    ] as const) {
      if (!draft[required]?.value) {
        throw refuse('is missing or empty in this ToegewezenProduct', draft.line, required);
      }
    }
    const number = draft.ToewijzingNummer as Located;
    const digits = ALLOCATION_NUMBER.exec(number.value)?.[1];
    if (digits === undefined || Number(digits) > MAX_ALLOCATION_NUMBER) {
      throw refuse(
        `"${number.value}" is not a ToewijzingNummer (a whole number from 0 to ${MAX_ALLOCATION_NUMBER})`,
        number.line,
        'ToewijzingNummer',
      );
    }
    const assignedOn = draft.Toewijzingsdatum as Located;
    if (!isValidDay(assignedOn.value)) {
      throw refuse(
        `"${assignedOn.value}" is not a valid date (YYYY-MM-DD)`,
        assignedOn.line,
        'Toewijzingsdatum',
      );
    }
    const assignedAtTime = draft.Toewijzingstijd as Located;
    const assignedAt = parseVersionMoment(assignedOn.value, assignedAtTime.value);
    if (assignedAt === null) {
      throw refuse(
        `"${assignedAtTime.value}" is not a time of day (hh:mm:ss, without time zone)`,
        assignedAtTime.line,
        'Toewijzingstijd',
      );
    }
    const start = draft.Ingangsdatum as Located;
    const end = draft.Einddatum;
    const period = parsePeriod(start.value, end?.value ?? null);
    if (!period.ok) {
      const located = period.field === 'start' ? start : (end as Located);
      const field = period.field === 'start' ? 'Ingangsdatum' : 'Einddatum';
      throw refuse(period.reason, located.line, field);
    }
    products.push({
      line: draft.line,
      // As a number, so that 0101 and 101 are the same allocation.
      allocationNumber: String(Number(digits)),
      category: draft.Categorie?.value || null,
      product: draft.Code?.value || null,
      assignedAt,
      changeReason: draft.RedenWijziging?.value || null,
      ...period.period,
    });
  };

  parser.on('error', (error) => {
    // saxes prefixes "line:column: "; we say the line ourselves.
    throw refuse(`is not well-formed XML: ${error.message.replace(/^[0-9]+:[0-9]+: /, '')}`);
  });
  parser.on('xmldecl', (decl) => {
    if (decl.encoding !== undefined && !/^utf-?8$/i.test(decl.encoding)) {
      throw refuse(`declares encoding "${decl.encoding}"; a WMO301 message is UTF-8`);
    }
  });
  parser.on('doctype', () => {
    throw refuse('contains a DOCTYPE declaration, which a WMO301 message never has');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (value) {
      const name = value.path.slice(value.path.lastIndexOf('/') + 1);
      throw refuse('must hold a value, not other elements', value.line, name);
    }
    const parent = stack.at(-1);
    const expected = childNamespace(parent);
    if (tag.uri !== expected) throw refuse(namespaceProblem(tag, parent, expected));
    if (parent === undefined && tag.local !== 'Bericht') {
      throw refuse(`the root element is "${tag.local}"; a WMO301 message starts with Bericht`);
    }
    stack.push({ uri: tag.uri, local: tag.local });
    const path = parent === undefined ? tag.local : `${paths.at(-1)}/${tag.local}`;
    paths.push(path);
    if (path === 'Bericht/Header' && ++headers > 1) throw refuse('holds a second Header');
    if (path === 'Bericht/Client') {
      clients.push({ value: '', line: parser.line });
      if (clients.length > 1) {
        throw refuse(
          `holds a second Client (the first starts on line ${clients[0]?.line}); a WMO301 message is about one client`,
        );
      }
    }
    if (path === PRODUCT) product = { line: parser.line };
    if (VALUE_PATHS.has(path)) value = { path, depth: stack.length, line: parser.line, text: '' };
  });
  const onText = (text: string) => {
    if (value && stack.length === value.depth) {
      value.text += text;
      if (value.text.length > MAX_VALUE_LENGTH) {
        throw refuse(
          `is longer than ${MAX_VALUE_LENGTH} characters`,
          value.line,
          stack.at(-1)?.local,
        );
      }
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const path = paths.pop() ?? '';
    if (value && value.depth === stack.length) {
      keep(path, { value: value.text.trim(), line: value.line });
      value = null;
    }
    if (path === PRODUCT && product) {
      finishProduct(product);
      product = null;
    }
    stack.pop();
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw refuse('is not UTF-8 text');
    }
  };
  // Said at once, rather than by saxes at the end of the file: "this is not XML at all".
  let seenContent = false;
  const write = (text: string) => {
    if (!seenContent && text.trim() !== '') {
      seenContent = true;
      if (!text.trimStart().startsWith('<')) {
        throw refuse('is not XML: it does not start with "<" (is it a CSV file?)', 1);
      }
    }
    parser.write(text);
  };
  for await (const chunk of chunks) write(decode(chunk));
  write(decode());
  parser.close();

  // The root closed properly; now the message must be complete.
  const { berichtCode, ontvanger, bsn } = found;
  if (!berichtCode) throw refuse('is missing; this is not a WMO301 message', null, 'BerichtCode');
  if (!ontvanger) throw refuse("is missing (the provider's AGB code)", null, 'Ontvanger');
  const client = clients[0];
  if (client === undefined) throw refuse('is missing', null, 'Client');
  if (!bsn) throw refuse('is missing from the Client', client.line, 'Bsn');
  if (products.length === 0) {
    throw refuse(
      'is missing: the Client has no ToegewezenProduct',
      client.line,
      'ToegewezenProduct',
    );
  }

  const person = identify(bsn.value);
  return {
    records: products.map((p) => ({ person, providerAgb: ontvanger.value, ...p })),
    rejected: person === null ? [{ file, line: bsn.line, reason: BSN_REJECTED }] : [],
    messageId: found.messageId?.value || null,
  };
}

function namespaceProblem(
  tag: SaxesTagNS,
  parent: ElementName | undefined,
  expected: string,
): string {
  const where = tag.uri === '' ? 'in no namespace' : `in namespace ${tag.uri}`;
  if (parent === undefined) {
    const rule = `a WMO301 message of iWmo 3.2 uses namespace ${WMO301_NAMESPACE}`;
    const known = ISTANDAARDEN_NAMESPACE.exec(tag.uri);
    if (known) {
      const [, standard, major, minor, message] = known;
      return `is an i${capitalise(standard)} ${major}.${minor} ${message?.toUpperCase()} message (namespace ${tag.uri}); ${rule}`;
    }
    return `element "${tag.local}" is ${where}; ${rule}`;
  }
  const rule =
    expected === BASISSCHEMA_NAMESPACE
      ? `in iWmo 3.2 the elements inside ${parent.local} are declared by the basisschema (its datatype) and are in namespace ${BASISSCHEMA_NAMESPACE}`
      : `in iWmo 3.2 the elements inside ${parent.local} are declared by WMO301.xsd and are in namespace ${WMO301_NAMESPACE}`;
  return `element "${tag.local}" is ${where}; ${rule}`;
}

function capitalise(word = ''): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
