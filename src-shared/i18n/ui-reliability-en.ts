/** The thin-data verdicts every analysis shows (src-main/model/reliability.ts), in English. */
export const uiReliabilityEn = {
  'ui.models.reliability.thisAnalysis': 'This analysis',
  'ui.models.reliability.verdict.thin': '{subject}: thin data — read the figures as rough indications.',
  'ui.models.reliability.verdict.notReliable': '{subject}: not reliable — no figure is shown as a result. Here is why:',
  'ui.models.reliability.verdict.refused': '{subject}: not run — there is too little data. What it needs:',
  'ui.models.reliability.check.customers': '{have} customers; at least {need} are needed.',
  'ui.models.reliability.check.repeatCustomers': '{have} customers bought more than once; at least {need} are needed.',
  'ui.models.reliability.check.historyWeeks': '{have} weeks of history; at least {need} are needed.',
  'ui.models.reliability.check.conversions': '{have} conversions; at least {need} are needed.',
  'ui.models.reliability.check.journeys': '{have} customer journeys; at least {need} are needed.',
  'ui.models.reliability.check.funnelEntrants': '{have} customers entered the first step; with fewer than {need} each step’s rate moves by several points with a few customers.',
  'ui.models.reliability.check.cohortMonths': '{have} monthly cohorts; at least {need} are needed to compare them.',
  'ui.models.reliability.check.smallestCohort': 'The smallest cohort has {have} customers; below {need} its retention moves by whole points with one buyer.',
  'ui.models.reliability.problem.parameterAtEdge': 'The fitted {parameter} = {value} ran off to the edge of its range: the data cannot pin it down (too short a history or too little variety between customers). More months of orders would help.',
  'ui.models.reliability.subject.kmeans': 'k-means clusters',
  'ui.models.reliability.subject.rfm': 'RFM segments',
} as const;

export type UiReliabilityCatalogue = { readonly [K in keyof typeof uiReliabilityEn]: string };
