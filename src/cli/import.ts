import { Command, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { formatReport } from '../services/import-report.js';
import { ImportService } from '../services/import-service.js';
import { type CommonFlags, configFrom, openStore } from './context.js';

interface ImportFlags extends CommonFlags {
  format: 'auto' | 'page' | 'medquad' | 'jsonl';
}

export function importCommand(setExit: (code: number) => void): Command {
  return new Command('import')
    .description('import archive pages (.txt), MedQuAD XML folders or an askdoc JSONL export')
    .argument('<paths...>', 'files or folders (folders are read recursively)')
    .addOption(
      new Option('--format <format>', 'input format').choices(['auto', 'page', 'medquad', 'jsonl']).default('auto'),
    )
    .option('--db <file>', 'SQLite database file (env ASKDOC_DB)')
    .action(async (paths: string[], flags: ImportFlags) => {
      const config = configFrom(flags);
      const store = openStore(config);
      // A bar only where a person watches; logs and pipes get the summary alone.
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: 'importing [{bar}] {value}/{total} files', stream: process.stderr }, Presets.shades_classic)
        : null;
      try {
        const report = await new ImportService(store).importPaths(paths, {
          format: flags.format,
          onFile: (done, total) => {
            if (!bar) return;
            if (done === 0) bar.start(total, 0);
            bar.update(done);
          },
        });
        bar?.stop();
        console.log(formatReport(report));
        setExit(report.failures.length > 0 ? 1 : 0);
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}
