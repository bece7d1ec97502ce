import { Command } from 'commander';
import { type CommonFlags, configFrom, openStore } from './context.js';

export function statsCommand(): Command {
  return new Command('stats')
    .description('print what the archive holds')
    .option('--db <file>', 'SQLite database file (env ASKDOC_DB)')
    .option('--json', 'print JSON')
    .action(async (flags: CommonFlags & { json?: boolean }) => {
      const store = openStore(configFrom(flags));
      try {
        const s = await store.stats();
        if (flags.json) {
          console.log(JSON.stringify(s));
          return;
        }
        const rows: Array<[string, number]> = [
          ['consultations', s.consultations],
          ['departments', s.departments],
          ['doctors', s.doctors],
          ['topics', s.topics],
          ['knowledge snippets', s.snippets],
          ['trusted-source Q&As', s.trustedQas],
          ['flagged consultations', s.flaggedConsultations],
          ['unresolved Similar Q&A links', s.unresolvedLinks],
        ];
        for (const [label, n] of rows) console.log(`${label.padEnd(30)} ${n}`);
      } finally {
        await store.close();
      }
    });
}
