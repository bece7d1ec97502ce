/** What an import did, record by record, and which files it could not take. */

export type RecordKind = 'consultation' | 'topic' | 'snippet-page' | 'trusted-qa';
export type Outcome = 'imported' | 'updated' | 'unchanged';

export interface ImportFailure {
  file: string;
  line: number | null;
  reason: string;
}

export interface ImportReport {
  files: number;
  skipped: string[];
  counts: Record<RecordKind, Record<Outcome, number>>;
  failures: ImportFailure[];
}

export function emptyReport(): ImportReport {
  const zero = (): Record<Outcome, number> => ({ imported: 0, updated: 0, unchanged: 0 });
  return {
    files: 0,
    skipped: [],
    counts: { consultation: zero(), topic: zero(), 'snippet-page': zero(), 'trusted-qa': zero() },
    failures: [],
  };
}

export type Tally = Array<[RecordKind, Outcome]>;

export function addTally(report: ImportReport, tally: Tally): void {
  for (const [kind, outcome] of tally) report.counts[kind][outcome] += 1;
}

export function totals(report: ImportReport): Record<Outcome, number> {
  const sum: Record<Outcome, number> = { imported: 0, updated: 0, unchanged: 0 };
  for (const byOutcome of Object.values(report.counts)) {
    for (const [o, n] of Object.entries(byOutcome) as Array<[Outcome, number]>) sum[o] += n;
  }
  return sum;
}

const LABELS: Record<RecordKind, string> = {
  consultation: 'consultations',
  topic: 'topics',
  'snippet-page': 'snippet pages',
  'trusted-qa': 'trusted-source Q&As',
};

/** The closing summary: one total line, a line per kind of record, then each failure. */
export function formatReport(report: ImportReport): string {
  const t = totals(report);
  const lines = [
    `imported ${t.imported}, updated ${t.updated}, unchanged ${t.unchanged}, failed ${report.failures.length} (files read: ${report.files})`,
  ];
  for (const [kind, c] of Object.entries(report.counts) as Array<[RecordKind, Record<Outcome, number>]>) {
    if (c.imported + c.updated + c.unchanged === 0) continue;
    lines.push(`  ${LABELS[kind]}: imported ${c.imported}, updated ${c.updated}, unchanged ${c.unchanged}`);
  }
  if (report.skipped.length) lines.push(`  skipped (not data): ${report.skipped.join(', ')}`);
  for (const f of report.failures) {
    lines.push(`failed: ${f.file}${f.line === null ? '' : `:${f.line}`}: ${f.reason}`);
  }
  return lines.join('\n');
}
