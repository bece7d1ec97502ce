import { Command } from 'commander';
import { buildApp } from '../http/app.js';
import { ArchiveService } from '../services/archive-service.js';
import { seedDemoIfEmpty } from '../services/demo-service.js';
import { formatReport } from '../services/import-report.js';
import { SearchService } from '../services/search-service.js';
import { type CommonFlags, configFrom, openStore } from './context.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description('start the web server (creates and migrates the database; fills an empty one with the demo archive)')
    .option('--db <file>', 'SQLite database file (env ASKDOC_DB, default ./data/askdoc.sqlite)')
    .option('--port <port>', 'port to listen on (env PORT, default 3000)')
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--no-demo', 'do not fill an empty archive with the demo consultations (env ASKDOC_DEMO=false)')
    .action(async (flags: CommonFlags & { demo: boolean }) => {
      const config = configFrom(flags);
      const store = openStore(config);
      const contacts = { emergencyNumber: config.emergencyNumber, crisisLine: config.crisisLine };
      if (config.demo && flags.demo) {
        const seeded = await seedDemoIfEmpty(store);
        if (seeded) console.log(`demo archive: ${formatReport(seeded).split('\n')[0]}`);
      }
      const started = Date.now();
      const search = await SearchService.open(store, {
        snapshotFile: config.db === ':memory:' ? null : `${config.db}.search`,
        onSnapshotReject: (reason) => console.log(`search index snapshot not used: ${reason}`),
        contacts,
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`search index: ${search.index.size} records, ${search.origin} in ${seconds} s`);
      const app = buildApp({
        archive: new ArchiveService(store, search, contacts),
        search,
        baseUrl: config.baseUrl,
        emergencyNumber: config.emergencyNumber,
        logger: { level: config.logLevel },
      });
      const close = async (): Promise<void> => {
        await app.close();
        // The next start then loads the index instead of rebuilding it.
        await search.saveSnapshot();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      const address = await app.listen({ port: config.port, host: config.host });
      console.log(`askdoc is serving ${config.db} at ${address}`);
    });
}
