/**
 * MedQuAD as unlabelled training text (vectors, IDF) and as a source of question templates
 * (focus + question type) for constructed hard pairs. Training-time only: the shipped model is
 * self-contained, so nothing here runs when askdoc scores pairs.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readMedquadXml } from '../src/ingest/medquad/xml.js';
import type { CorpusQuestion } from '../src/search/similarity/synth.js';


export interface MedquadCorpus {
  /** Text units for co-occurrence statistics: each answer (or question when no answer). */
  texts: string[];
  questions: CorpusQuestion[];
}

function listXml(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) listXml(p, out);
    else if (name.toLowerCase().endsWith('.xml')) out.push(p);
  }
}

/** Reads every MedQuAD file under `dir` in name order (so everything downstream is deterministic). */
export function readMedquadCorpus(dir: string): MedquadCorpus {
  const files: string[] = [];
  listXml(dir, files);
  const texts: string[] = [];
  const questions: CorpusQuestion[] = [];
  for (const file of files) {
    let xml;
    try {
      xml = readMedquadXml(readFileSync(file, 'utf8'));
    } catch {
      continue; // a malformed file only costs us its text
    }
    const docId = xml.id ?? file;
    for (const pair of xml.pairs) {
      questions.push({ docId, focus: xml.focus, qtype: pair.qtype ?? '', question: pair.question });
      // Question and answer together: the answer's vocabulary is what ties "therapy" to "treat".
      texts.push(pair.answer ? `${pair.question} ${pair.answer}` : pair.question);
    }
  }
  return { texts, questions };
}
