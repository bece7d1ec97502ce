import { words } from '../text/analyze.js';
import type { FocusMatch } from './focus.js';

/**
 * A test told as the evidence for what is asked: "my knee x-ray shows osteoarthritis, will I need
 * a replacement?", "her hip x-ray showed Paget's disease", "the biopsy came back as lymphoma".
 * The test is how the asker knows, not what they ask about, yet it was a focus like any other,
 * and the X-Rays page came first. Such a focus is dropped where another remains; its words still
 * count in the lexical query. Only a verb of showing right after the name marks it, so "how is
 * an x-ray done" and "does an MRI show arthritis" keep theirs.
 */
// Verbs whose subject is the test: "found", "detected", "confirmed" also follow what was found
// ("gallstones found on ultrasound"), so they are not here.
const SHOWED = new Set(['shows', 'showed', 'revealed', 'reveals', 'confirms', 'indicated', 'indicates', 'suggested', 'suggests']);
/** "Came back positive", "came back as…", "was abnormal": a result told. */
const CAME = new Set(['came', 'come', 'comes']);
const RESULT_WORDS = new Set(['positive', 'negative', 'abnormal', 'normal', 'high', 'low', 'elevated']);
const WAS = new Set(['was', 'is', 'were', 'are']);

function toldAsEvidence(ws: readonly string[], f: FocusMatch): boolean {
  let i = f.start + f.length;
  // "my x-ray results showed", "the scan report said".
  if (/^(?:results?|reports?|findings?|images?|films?|scans?)$/.test(ws[i] ?? '')) i++;
  const next = ws[i] ?? '';
  if (SHOWED.has(next)) return true;
  if (CAME.has(next) && ws[i + 1] === 'back') return true;
  return WAS.has(next) && RESULT_WORDS.has(ws[i + 1] ?? '');
}

/** The foci without those told as evidence, unless no other would remain. */
export function dropEvidenceFoci(text: string, foci: readonly FocusMatch[]): FocusMatch[] {
  const ws = words(text);
  const kept = foci.filter((f) => !toldAsEvidence(ws, f));
  return kept.length > 0 && kept.length < foci.length ? kept : [...foci];
}
