/**
 * The glossary: every measure and model the app shows, named and defined once (zh-CN and
 * en words in i18n/glossary-*.ts). The UI, the report, the XLSX and the CLI take their
 * names from here, so one figure never has two names.
 */
export const GLOSSARY_GROUPS = {
  basics: ['spend', 'revenue', 'roi', 'roas', 'blended', 'attributed', 'cpa', 'cac', 'aov', 'newCustomers', 'repeatRate', 'breakEven', 'orderSource', 'platformReported'],
  attribution: ['journey', 'lookback', 'first', 'last', 'linear', 'time-decay', 'position', 'markov', 'shapley', 'removalEffect', 'funnel', 'stepConversion', 'overallConversion', 'dropOff'],
  customers: ['rfm', 'recency', 'frequency', 'monetary', 'kmeans', 'silhouette', 'cohort', 'retention', 'clv', 'pAlive', 'bgnbd', 'gammaGamma', 'calibration', 'holdout', 'holdoutError', 'logLikelihood'],
  mmm: ['mmm', 'adstock', 'saturation', 'contribution', 'mroas', 'interval90', 'mape'],
  basket: ['support', 'confidence', 'lift'],
  sentiment: ['sentimentScore', 'positiveShare', 'netSentiment', 'aspect'],
} as const;

export type GlossaryGroup = keyof typeof GLOSSARY_GROUPS;
export type TermId = (typeof GLOSSARY_GROUPS)[GlossaryGroup][number];
export const TERM_IDS = Object.values(GLOSSARY_GROUPS).flat() as readonly TermId[];

/** The catalogue key of a term's name, and of its definition. */
export const termKey = <T extends TermId>(id: T): `term.${T}` => `term.${id}`;
export const termDefinitionKey = <T extends TermId>(id: T): `term.${T}.def` => `term.${id}.def`;

/** An attribution model's name is its glossary term (null for an id the glossary does not know). */
export function modelTermKey(model: string): `term.${TermId}` | null {
  return (TERM_IDS as readonly string[]).includes(model) && (GLOSSARY_GROUPS.attribution as readonly string[]).includes(model) ? `term.${model as TermId}` : null;
}
