/**
 * The SEPA file read as a bank reads it: the demo's exported run BT-2025-0001 parsed as XML,
 * its header's count and control sum held against the payments, every account checked, and
 * only the SEPA character set in names and remittance information.
 */
import SEPA from 'sepa';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidIban } from '../../../domain/identifiers.ts';
import { endToEndId, isSepaText, sepaText } from '../../../domain/grants/payment-run.ts';
import { type TestContext, as, createTestApp, loginAs } from '../../../../test/support/test-app.ts';
import { type CreditTransfer, SEPA_CHUNK, creditTransferXml, remittance } from './sepa.ts';

const NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

interface Element {
  path: string;
  uri: string;
  attributes: Record<string, string>;
  text: string;
}

/** Every element with its path from the root, namespace, attributes and text. */
function readXml(xml: string): Element[] {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Element[] = [];
  const all: Element[] = [];
  parser.on('opentag', (node) => {
    const parent = stack.at(-1);
    const element: Element = {
      path: `${parent ? parent.path : ''}/${node.local}`,
      uri: node.uri,
      attributes: Object.fromEntries(
        Object.values(node.attributes).map((a) => [a.local, String(a.value)]),
      ),
      text: '',
    };
    stack.push(element);
    all.push(element);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return all;
}

const TX = '/Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf';
const texts = (elements: Element[], path: string) =>
  elements.filter((e) => e.path === path).map((e) => e.text);
const cents = (euros: string) => Math.round(Number(euros) * 100);

let ctx: TestContext;
let elements: Element[];

beforeAll(async () => {
  ctx = await createTestApp();
  const finance = await loginAs(ctx.app, 'finance@demo.example');
  const run = (
    await ctx.app.inject({ method: 'GET', url: '/api/payment-runs', headers: as(finance) })
  ).json().items[0];
  const file = await ctx.app.inject({
    method: 'GET',
    url: `/api/payment-runs/${run.id}/sepa.xml`,
    headers: as(finance),
  });
  expect(file.statusCode).toBe(200);
  elements = readXml(file.body);
});
afterAll(() => ctx.close());

describe('the SEPA credit transfer file, as a bank reads it', () => {
  it('is a pain.001.001.09 document, every element in its namespace', () => {
    expect(elements[0]!.path).toBe('/Document');
    expect(new Set(elements.map((e) => e.uri))).toEqual(new Set([NAMESPACE]));
    expect(texts(elements, '/Document/CstmrCdtTrfInitn/GrpHdr/MsgId')).toEqual(['BT-2025-0001']);
  });

  it('counts 44 payments and a control sum of € 67,833.15, in the header and the batch', () => {
    const amounts = texts(elements, `${TX}/Amt/InstdAmt`);
    expect(amounts).toHaveLength(44);
    const total = amounts.reduce((sum, a) => sum + cents(a), 0);
    expect(total).toBe(6_783_315);
    for (const level of ['GrpHdr', 'PmtInf']) {
      expect(texts(elements, `/Document/CstmrCdtTrfInitn/${level}/NbOfTxs`)).toEqual(['44']);
      expect(texts(elements, `/Document/CstmrCdtTrfInitn/${level}/CtrlSum`)).toEqual(['67833.15']);
    }
    expect(
      elements
        .filter((e) => e.path === `${TX}/Amt/InstdAmt`)
        .every((e) => e.attributes.Ccy === 'EUR'),
    ).toBe(true);
  });

  it('pays from the municipality’s valid IBAN with its BIC, on the day asked', () => {
    const pmtInf = '/Document/CstmrCdtTrfInitn/PmtInf';
    expect(texts(elements, `${pmtInf}/PmtMtd`)).toEqual(['TRF']);
    expect(texts(elements, `${pmtInf}/Dbtr/Nm`)).toEqual(['Gemeente Maastricht (demo)']);
    const [debtorIban] = texts(elements, `${pmtInf}/DbtrAcct/Id/IBAN`);
    expect(debtorIban).toBe('NL74BNGH0285170001');
    expect(isValidIban(debtorIban!)).toBe(true);
    expect(texts(elements, `${pmtInf}/DbtrAgt/FinInstnId/BICFI`)).toEqual(['BNGHNL2G']);
    // Prepared on 7 November 2025 for the terms due up to that day, exported the day after.
    expect(texts(elements, `${pmtInf}/ReqdExctnDt/Dt`)).toEqual(['2025-11-08']);
  });

  it('pays each organisation on a valid IBAN, with a unique end-to-end id', () => {
    const ibans = texts(elements, `${TX}/CdtrAcct/Id/IBAN`);
    expect(ibans).toHaveLength(44);
    expect(ibans.every(isValidIban)).toBe(true);
    expect(new Set(ibans).size).toBe(4);
    const ids = texts(elements, `${TX}/PmtId/EndToEndId`);
    expect(new Set(ids).size).toBe(44);
    expect(ids.every((id) => id.length <= 35)).toBe(true);
  });

  it('names the grant in the remittance information, in the SEPA character set only', () => {
    const remittances = texts(elements, `${TX}/RmtInf/Ustrd`);
    expect(remittances[0]).toBe('SB-2025-0001 voorschot termijn 1 2025-01-01');
    expect(remittances.every((r) => /^SB-2025-000\d /.test(r) && r.length <= 140)).toBe(true);
    const names = texts(elements, `${TX}/Cdtr/Nm`);
    expect([...remittances, ...names].every(isSepaText)).toBe(true);
  });

  it('writes a name with accents and an ampersand in the SEPA character set', () => {
    const xml = creditTransferXml({
      reference: 'BT-2027-0001',
      created: new Date('2027-03-01T09:00:00Z'),
      executionDay: '2027-03-02',
      debtor: { name: 'Gemeente Maastricht', iban: 'NL74BNGH0285170001', bic: 'BNGHNL2G' },
      payments: [
        {
          grantReference: 'SB-2027-0001',
          termNumber: 1,
          dueDay: '2027-03-01',
          organisationName: 'Coöperatie Café & Zn.',
          iban: 'NL85 INGB 0001 2345 61',
          amountCents: 12_345,
        },
      ],
    });
    const parsed = readXml(xml);
    expect(texts(parsed, `${TX}/Cdtr/Nm`)).toEqual(['Cooperatie Cafe + Zn.']);
    expect(texts(parsed, `${TX}/CdtrAcct/Id/IBAN`)).toEqual(['NL85INGB0001234561']);
    expect(texts(parsed, `${TX}/Amt/InstdAmt`)).toEqual(['123.45']);
  });

  it('writes a run of more payments than one chunk byte for byte as the library writes it whole', () => {
    const ibans = ['NL85INGB0001234561', 'NL39RABO0123456782', 'NL91ABNA0417164300'];
    // More than two chunks: two whole ones and the rest.
    expect(1017).toBeGreaterThan(2 * SEPA_CHUNK);
    const payments = Array.from({ length: 1017 }, (_, i) => ({
      grantReference: `SB-2027-${String(1 + Math.floor(i / 12)).padStart(4, '0')}`,
      termNumber: 1 + (i % 12),
      dueDay: '2027-03-01',
      organisationName: `Stichting Café ${Math.floor(i / 120)}`,
      iban: ibans[i % 3]!,
      // Amounts whose sum in euros is not exact in floating point: the control sum must be.
      amountCents: 1 + ((i * 7919) % 100_003),
    }));
    const transfer: CreditTransfer = {
      reference: 'BT-2027-0002',
      created: new Date('2027-03-01T09:00:00Z'),
      executionDay: '2027-03-02',
      debtor: { name: 'Gemeente Maastricht', iban: 'NL74BNGH0285170001', bic: 'BNGHNL2G' },
      payments,
    };
    // The library's document of the whole run, built as it documents it.
    const whole = new SEPA.Document('pain.001.001.09');
    whole.grpHdr.id = transfer.reference;
    whole.grpHdr.created = transfer.created;
    whole.grpHdr.initiatorName = transfer.debtor.name;
    const info = whole.createPaymentInfo();
    info.requestedExecutionDate = new Date('2027-03-02T12:00:00Z');
    info.debtorIBAN = transfer.debtor.iban;
    info.debtorBIC = transfer.debtor.bic;
    info.debtorName = transfer.debtor.name;
    whole.addPaymentInfo(info);
    payments.forEach((p, i) => {
      const tx = info.createTransaction();
      tx.creditorName = sepaText(p.organisationName, 70);
      tx.creditorIBAN = p.iban;
      tx.amount = p.amountCents / 100;
      tx.remittanceInfo = remittance(p);
      tx.end2endId = endToEndId(transfer.reference, i + 1);
      info.addTransaction(tx);
    });
    const xml = creditTransferXml(transfer);
    expect(xml).toBe(whole.toString());
    const parsed = readXml(xml);
    expect(texts(parsed, '/Document/CstmrCdtTrfInitn/GrpHdr/NbOfTxs')).toEqual(['1017']);
    expect(texts(parsed, `${TX}/PmtId/InstrId`).at(-1)).toBe('BT-2027-0002.0.1016');
    expect(texts(parsed, `${TX}/PmtId/EndToEndId`).at(-1)).toBe('BT-2027-0002-01017');
  });
});
