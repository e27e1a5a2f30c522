/**
 * The SEPA credit transfer file of a payment run (pain.001.001.09, with the sepa package):
 * the municipality pays, each payment goes to the organisation's IBAN with the grant's
 * reference as remittance information and an end-to-end id unique to the run.
 */
import SEPA from 'sepa';
import { endToEndId, sepaText } from '../../../domain/grants/payment-run.ts';
import { normaliseIban } from '../../../domain/identifiers.ts';

export const PAIN_FORMAT = 'pain.001.001.09';
export const SEPA_MEDIA_TYPE = 'application/xml';

export interface CreditTransfer {
  /** The run's reference: the message id, and the stem of the end-to-end ids. */
  reference: string;
  created: Date;
  executionDay: string;
  debtor: { name: string; iban: string; bic: string };
  payments: readonly {
    grantReference: string;
    termNumber: number;
    dueDay: string;
    organisationName: string;
    iban: string;
    amountCents: number;
  }[];
}

/** The remittance information of one payment: the grant's reference first, for the ledger. */
export function remittance(payment: {
  grantReference: string;
  termNumber: number;
  dueDay: string;
}): string {
  return sepaText(
    `${payment.grantReference} voorschot termijn ${payment.termNumber} ${payment.dueDay}`,
    140,
  );
}

/** The payments the library serialises at once: its tree of a whole run costs more than the file. */
export const SEPA_CHUNK = 500;

const TX_OPEN = '<CdtTrfTxInf>';
const TX_CLOSE = '</CdtTrfTxInf>';

/** The header and batch of the first chunk's document, with the whole run's count and sum. */
function withTotals(head: string, count: number, controlSum: number): string {
  let counts = 0;
  let sums = 0;
  const written = head
    .replace(/<NbOfTxs>\d+<\/NbOfTxs>/g, () => (counts++, `<NbOfTxs>${count}</NbOfTxs>`))
    .replace(
      /<CtrlSum>[\d.]+<\/CtrlSum>/g,
      () => (sums++, `<CtrlSum>${controlSum.toFixed(2)}</CtrlSum>`),
    );
  // The group header and the batch each state both; anything else is not the library's shape.
  if (counts !== 2 || sums !== 2) throw new Error('Unexpected SEPA document header');
  return written;
}

/**
 * A document of the run's header and one batch holding the given payments, numbered from
 * `first`: the ids the library gives a transaction are its place in the whole run.
 */
function documentOf(
  transfer: CreditTransfer,
  payments: CreditTransfer['payments'],
  first: number,
): SEPA.Document {
  const doc = new SEPA.Document(PAIN_FORMAT);
  doc.grpHdr.id = transfer.reference;
  doc.grpHdr.created = transfer.created;
  doc.grpHdr.initiatorName = sepaText(transfer.debtor.name, 70);
  const info = doc.createPaymentInfo();
  info.requestedExecutionDate = new Date(`${transfer.executionDay}T12:00:00Z`);
  info.debtorIBAN = normaliseIban(transfer.debtor.iban);
  info.debtorBIC = transfer.debtor.bic;
  info.debtorName = sepaText(transfer.debtor.name, 70);
  doc.addPaymentInfo(info);
  payments.forEach((payment, i) => {
    const n = first + i;
    const tx = info.createTransaction();
    // The library numbers a transaction by its place in the batch; given, it keeps the run's.
    tx.id = String(n);
    tx.creditorName = sepaText(payment.organisationName, 70);
    tx.creditorIBAN = normaliseIban(payment.iban);
    // Whole cents to euros: exact for amounts below 2^53 cents.
    tx.amount = payment.amountCents / 100;
    tx.remittanceInfo = remittance(payment);
    tx.end2endId = endToEndId(transfer.reference, n + 1);
    info.addTransaction(tx);
  });
  return doc;
}

/**
 * The run as one pain.001 document with one batch, written by the library. A run of tens of
 * thousands of payments is serialised in chunks of SEPA_CHUNK, whose transactions are joined
 * into the document the library writes for the first chunk, with the whole run's count and
 * control sum: the same bytes as the library's document of the whole run (sepa.test.ts holds
 * them against each other), at a fraction of its memory and time.
 */
export function creditTransferXml(transfer: CreditTransfer): string {
  const { payments } = transfer;
  if (payments.length <= SEPA_CHUNK) return documentOf(transfer, payments, 0).toString();
  const envelope = documentOf(transfer, payments.slice(0, SEPA_CHUNK), 0);
  // The header's and the batch's count and control sum, summed in euros as the library does.
  let controlSum = 0;
  for (const payment of payments) controlSum += payment.amountCents / 100;
  const xml = envelope.toString();
  const open = xml.indexOf(TX_OPEN);
  const close = xml.lastIndexOf(TX_CLOSE) + TX_CLOSE.length;
  const parts = [
    withTotals(xml.slice(0, open), payments.length, controlSum),
    xml.slice(open, close),
  ];
  for (let first = SEPA_CHUNK; first < payments.length; first += SEPA_CHUNK) {
    const chunk = documentOf(transfer, payments.slice(first, first + SEPA_CHUNK), first).toString();
    parts.push(chunk.slice(chunk.indexOf(TX_OPEN), chunk.lastIndexOf(TX_CLOSE) + TX_CLOSE.length));
  }
  parts.push(xml.slice(close));
  return parts.join('');
}
