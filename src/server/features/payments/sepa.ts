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

export function creditTransferXml(transfer: CreditTransfer): string {
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
  transfer.payments.forEach((payment, i) => {
    const tx = info.createTransaction();
    tx.creditorName = sepaText(payment.organisationName, 70);
    tx.creditorIBAN = normaliseIban(payment.iban);
    // Whole cents to euros: exact for amounts below 2^53 cents.
    tx.amount = payment.amountCents / 100;
    tx.remittanceInfo = remittance(payment);
    tx.end2endId = endToEndId(transfer.reference, i + 1);
    info.addTransaction(tx);
  });
  return doc.toString();
}
