// npm run bench:import — full MedQuAD import time and peak memory (medians over fresh processes).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MEDQUAD = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'medquad');
const RUNS = Number(process.env.RUNS ?? 3);

interface Run {
  seconds: number;
  peakRssMb: number;
  totals: { imported: number; updated: number; unchanged: number };
  trustedQas: { imported: number; updated: number; unchanged: number };
  failures: number;
}

function once(db: string): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-once.ts'), db, MEDQUAD], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

if (!existsSync(MEDQUAD)) {
  console.log(`bench:import skipped: ${MEDQUAD} is absent`);
  process.exit(0);
}

const fresh: Run[] = [];
const again: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'askdoc-bench-'));
  try {
    const db = join(dir, 'bench.sqlite');
    const first = once(db);
    const second = once(db);
    fresh.push(first);
    again.push(second);
    console.log(
      `run ${i + 1}: empty store ${first.seconds.toFixed(1)} s, ${first.peakRssMb.toFixed(0)} MB peak, trusted Q&As imported ${first.trustedQas.imported}, failed files ${first.failures}; ` +
        `re-import ${second.seconds.toFixed(1)} s, unchanged ${second.totals.unchanged}, imported ${second.totals.imported}, updated ${second.totals.updated}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  `full MedQuAD import (median of ${RUNS}): ${median(fresh.map((r) => r.seconds)).toFixed(1)} s, peak RSS ${median(fresh.map((r) => r.peakRssMb)).toFixed(0)} MB` +
    ` (targets: < 30 s, < 400 MB); re-import: ${median(again.map((r) => r.seconds)).toFixed(1)} s, peak RSS ${median(again.map((r) => r.peakRssMb)).toFixed(0)} MB`,
);
