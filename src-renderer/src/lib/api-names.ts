/**
 * Every call name of the contract, for building clients in the page. Spelled out here
 * (the type system checks it against ApiName both ways) so the page does not bundle the
 * input schemas — and zod with them — that only the services need.
 */
import type { ApiName } from '@shared/api.js';

const NAMES = {
  'app.info': true,
  'project.list': true,
  'project.create': true,
  'project.open': true,
  'project.demo': true,
  'project.rename': true,
  'project.copy': true,
  'project.delete': true,
  'project.restore': true,
  'import.preview': true,
  'import.span': true,
  'import.start': true,
  'job.cancel': true,
  'upload.discard': true,
  'dataset.issues': true,
  'dataset.rows': true,
  'dataset.export': true,
  'dataset.rejectedCsv': true,
  'dataset.delete': true,
  'overview.spend': true,
  'channels.list': true,
  'channels.set': true,
  'analysis.run': true,
  'analysis.latest': true,
  'sentiment.correct': true,
  'sentiment.resetCorrections': true,
  'sentiment.reviews': true,
  'sentiment.exportReviews': true,
  'goal.list': true,
  'goal.save': true,
  'goal.delete': true,
  'dashboard.get': true,
  'report.preview': true,
  'report.branding': true,
  'report.setBranding': true,
  'report.export': true,
  'export.read': true,
  'mmm.plan': true,
  'mmm.scenarios': true,
  'mmm.saveScenario': true,
  'mmm.deleteScenario': true,
  'mmm.exportPlan': true,
  'table.export': true,
} as const satisfies Record<ApiName, true>;

export const CALL_NAMES = Object.keys(NAMES) as ApiName[];
