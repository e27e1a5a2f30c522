/**
 * The settlement letter's text (Awb 4:46, 4:57, 4:87, 3:46 and the objection clause), read
 * from the HTML the organisation sees; the PDF is made from the same sections.
 */
import { describe, expect, it } from 'vitest';
import { settlementLetterFigures } from '../../../domain/grants/settlement.ts';
import { renderPdf } from '../../platform/documents.ts';
import { plainLetterHtml, plainLetterPdf } from '../decisions/plain-letter.ts';
import { type SettlementLetterFacts, settlementLetter } from './settlement-letter.ts';

const SENT = '2027-03-16';

function facts(settledCents: number, paidCents: number, reasons = ''): SettlementLetterFacts {
  return {
    municipalityName: 'Gemeente Maastricht',
    objectionAddress: 'Postbus 1992, 6201 BZ Maastricht',
    municipalityIban: 'NL91ABNA0417164300',
    reference: 'VS-2027-0001',
    grantReference: 'SB-2026-0002',
    decisionReference: 'BS-2026-0002',
    letterDate: SENT,
    objectionDeadline: '2027-04-28',
    addressLines: ['Stichting Huiskamer Het Trefpunt', 'Markt 1', '6211 CK  Maastricht'],
    provisionName: 'Huiskamer Het Trefpunt',
    category: 'living_room',
    period: { start: '2026-01-01', end: '2026-12-31' },
    eligibleCostsGround: 'artikel 6 Subsidieregeling Algemene Voorzieningen 2020',
    reasons,
    figures: settlementLetterFigures({ grantedCents: 1_400_000, settledCents, paidCents }, SENT),
  };
}

const text = (html: string) => html.replace(/\u00a0/g, ' ');

describe('the settlement letter', () => {
  it('reclaims € 833.26 with the payment term, the account and the reasons', () => {
    const html = text(
      plainLetterHtml(
        settlementLetter(
          facts(1_200_000, 1_283_326, 'De huiskamer was in juli en augustus gesloten.'),
        ),
      ),
    );
    expect(html).toContain('Beschikking: Vaststelling van uw subsidie');
    expect(html).toContain('Wij stellen de subsidie SB-2026-0002 vast op € 12.000,00.');
    expect(html).toContain('Verleend: € 14.000,00');
    expect(html).toContain('Vastgesteld: € 12.000,00');
    expect(html).toContain('Betaald aan voorschotten: € 12.833,26');
    expect(html).toContain('Terug te betalen: € 833,26');
    expect(html).toContain(
      'Wij stellen de subsidie € 2.000,00 lager vast dan verleend, omdat de activiteiten waarvoor de subsidie is verleend niet of niet geheel hebben plaatsgevonden of de kosten niet zijn gemaakt (artikel 4:46, tweede lid, aanhef en onder a, Algemene wet bestuursrecht). Onze redenen: De huiskamer was in juli en augustus gesloten.',
    );
    expect(html).toContain(
      'Voor een huiskamer komen alleen de vaste lasten voor subsidie in aanmerking (artikel 6 Subsidieregeling Algemene Voorzieningen 2020)',
    );
    expect(html).toContain(
      'Dat is € 833,26 meer dan het vastgestelde bedrag. Dat bedrag vorderen wij van u terug (artikel 4:57, eerste lid, Algemene wet bestuursrecht).',
    );
    // Sent 16 March 2027: six weeks end on King's Day, so the 28th (Atw).
    expect(html).toContain(
      'dus uiterlijk op 28 april 2027 (artikel 4:87, eerste lid, Algemene wet bestuursrecht;',
    );
    expect(html).toContain(
      'Maak het bedrag over naar rekening NL91 ABNA 0417 1643 00 ten name van Gemeente Maastricht, onder vermelding van VS-2027-0001.',
    );
    expect(html).toContain(
      'binnen 6 weken na de dag waarop dit besluit is verzonden, dus tot en met 28 april 2027, bezwaar maken (artikelen 6:7 en 6:8 Algemene wet bestuursrecht). Stuur uw bezwaarschrift aan het college van burgemeester en wethouders van Maastricht, Postbus 1992, 6201 BZ Maastricht.',
    );
  });

  it('pays the last € 1,166.74 in the next payment run when the full grant is settled', () => {
    const html = text(plainLetterHtml(settlementLetter(facts(1_400_000, 1_283_326))));
    expect(html).toContain('Na te betalen door de gemeente: € 1.166,74');
    expect(html).toContain(
      'Dat is € 1.166,74 minder dan het vastgestelde bedrag. Dat verschil betalen wij u in de eerstvolgende betaalrun, onder vermelding van SB-2026-0002.',
    );
    expect(html).toContain('wij stellen de subsidie daarom vast op het verleende bedrag');
    expect(html).not.toContain('terug');
  });

  it('says nothing is left to pay when the advances equal the settled amount', async () => {
    const letter = settlementLetter(facts(1_400_000, 1_400_000));
    const html = text(plainLetterHtml(letter));
    expect(html).toContain('Verschil: € 0,00');
    expect(html).toContain('Er valt niets meer te betalen of terug te betalen.');
    const pdf = await renderPdf(plainLetterPdf(letter));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
