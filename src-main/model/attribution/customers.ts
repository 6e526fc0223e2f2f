/**
 * How touches and orders name their customers. Each codes them in a dictionary: its
 * entries' texts (`customerIds[code]`), or — when the two share one dictionary — a
 * SharedCustomers, the same object on both: equal codes are then the same customer, and
 * a million customers need neither a text each nor a map of them to be matched (issue 13).
 */

/** A dictionary the touches and orders of one analysis share; only its size is known here. */
export interface SharedCustomers {
  readonly kind: 'shared-customers';
  /** Number of entries (codes 0 … length − 1). */
  readonly length: number;
}

export type CustomerEntries = readonly string[] | SharedCustomers;

export function sharedCustomers(length: number): SharedCustomers {
  return { kind: 'shared-customers', length };
}

/** Whether two logs code their customers in one dictionary (the same entries object). */
export function sharesCustomers(a: { readonly customerIds: CustomerEntries }, b: { readonly customerIds: CustomerEntries }): boolean {
  return a.customerIds === b.customerIds;
}

/** The entries' texts, to match by name; a shared dictionary is only ever matched by code. */
export function customerTexts(entries: CustomerEntries): readonly string[] {
  if (!Array.isArray(entries)) throw new Error('customers of a shared dictionary are matched by code, with the log that shares it');
  return entries as readonly string[];
}
