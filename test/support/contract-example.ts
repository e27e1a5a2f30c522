/**
 * The example of `tender rank` in docs/command-line.md, input and output word for word, for the
 * tests of the rule, the command and the documentation.
 */
export const contractInput = {
  category: 'services',
  ceilingCents: 5000000,
  seed: 'AV-2027 ronde 1',
  partialGrant: true,
  eligibleKinds: ['fixed_costs', 'staff', 'volunteer_expenses'],
  applications: [
    {
      reference: 'AV-2027-003',
      submittedOnTime: true,
      meetsGeneralConditions: true,
      requestedCents: 2000000,
      budget: [
        { kind: 'fixed_costs', cents: 1400000 },
        { kind: 'volunteer_expenses', cents: 300000 },
        { kind: 'refreshments', cents: 300000 },
      ],
      reach: { participants: 40, dayPartsPerWeek: 4, weeksPerYear: 48 },
      returnService: 'tegenprestatie',
      scores: { samenwerking: 8, resultaat: 7, inclusie: 6, duurzaamheid: 9 },
    },
  ],
};

export const contractOutput = {
  category: 'services',
  ceilingCents: 5000000,
  allocatedCents: 1700000,
  remainingCents: 3300000,
  seed: 'AV-2027 ronde 1',
  applications: [
    {
      reference: 'AV-2027-003',
      outcome: 'granted',
      rank: 1,
      total: 50,
      scores: {
        samenwerking: 8,
        resultaat: 7,
        prijs: 10,
        inclusie: 6,
        duurzaamheid: 9,
        tegenprestatie: 10,
      },
      eligibleCents: 1700000,
      grantedCents: 1700000,
      tieBreak: null,
    },
  ],
};
