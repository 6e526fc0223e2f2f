/** One colour per sentiment in every sentiment chart (green praise, grey neutral, red complaint). */
export const SENTIMENT_COLORS = { positive: '#2f9e6e', neutral: '#9aa3b2', negative: '#c2416b' } as const;
export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;
