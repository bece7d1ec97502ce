// One measured import in a fresh process, so peak RSS belongs to this import alone.
import { ImportService } from '../src/services/import-service.js';
import { totals } from '../src/services/import-report.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

const [db, ...paths] = process.argv.slice(2);
if (!db || paths.length === 0) throw new Error('usage: import-once.ts DB PATH...');
const store = SqliteStore.open(db);
const started = process.hrtime.bigint();
const report = await new ImportService(store).importPaths(paths, { format: 'auto' });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await store.close();
process.stdout.write(
  `${JSON.stringify({
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    totals: totals(report),
    trustedQas: report.counts['trusted-qa'],
    failures: report.failures.length,
  })}\n`,
);
