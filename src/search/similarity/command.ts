/**
 * `askdoc similarity <pairs.xml>`: scores every pair of a MEDIQA RQE file with the shipped model,
 * one line per pair (`pid score label`, label = the model's decision: its threshold and, among
 * several candidates for one question, its margin — see decide.ts), then
 * `accuracy: 0.xxx` against the file's labels when it has them. Pairs without a label in a
 * partly-labelled file are scored but left out of the accuracy.
 */

import { readFile } from 'node:fs/promises';
import { decideEntailment } from './decide.js';
import { loadModel } from './model.js';
import { readPairs } from './pairs.js';

export async function runSimilarity(xmlPath: string, modelPath: string, out: (line: string) => void): Promise<{ accuracy: number | null }> {
  const [xml, model] = await Promise.all([readFile(xmlPath, 'utf8'), loadModel(modelPath)]);
  const pairs = readPairs(xml);
  let labelled = 0;
  let correct = 0;
  const scored = pairs.map((p) => ({ chq: p.chq, score: model.score(p.chq, p.faq) }));
  const decisions = decideEntailment(scored, model.threshold, model.margin);
  for (const [i, pair] of pairs.entries()) {
    const decision = decisions[i] === true;
    out(`${pair.pid} ${(scored[i]?.score ?? 0).toFixed(4)} ${decision}`);
    if (pair.label !== null) {
      labelled++;
      if (decision === pair.label) correct++;
    }
  }
  if (labelled === 0) return { accuracy: null };
  const accuracy = correct / labelled;
  out(`accuracy: ${accuracy.toFixed(3)}`);
  return { accuracy };
}
