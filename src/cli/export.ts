import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Command } from 'commander';
import { ExportService } from '../services/export-service.js';
import { type CommonFlags, configFrom, openStore } from './context.js';

interface ExportFlags extends CommonFlags {
  out?: string;
}

async function writeLine(stream: Writable, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

export function exportCommand(): Command {
  return new Command('export')
    .description('write the whole archive as JSONL, one record per line')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--db <file>', 'SQLite database file (env ASKDOC_DB)')
    .action(async (flags: ExportFlags) => {
      const store = openStore(configFrom(flags));
      const out: Writable = flags.out ? createWriteStream(flags.out) : process.stdout;
      try {
        const counts = await new ExportService(store).exportTo((line) => writeLine(out, line));
        if (flags.out) {
          out.end();
          await once(out, 'finish');
        }
        console.error(
          `exported ${counts.topics} topics, ${counts.snippets} snippets, ${counts.consultations} consultations, ${counts.trustedQas} trusted-source Q&As`,
        );
      } finally {
        await store.close();
      }
    });
}
