import { type LayTerm, POSSESSIVE } from './words.js';

// Things put in an ear or nose that are medicine or belong there.
const NOT_FOREIGN = /\b(?:drops?|sprays?|saline|medicines?|medications?|creams?|ointments?|oils?|gels?|vaseline|tissues?|fingers?|hearing aids?|ear ?plugs?|ear ?buds?|headphones|cannula|tubes?)\b/i;
const KEEP_UNLESS_NOT_FOREIGN = { unless: NOT_FOREIGN, keep: true } as const;
const INTO = [
  '(?:put|puts|putting|stuck|sticks|sticking|pushed|pushes|pushing|shoved|shoves|inserted|inserts) (?:a|an|some|the|this|that|his|her|my|something)(?: [\\w-]+){0,2} (?:up|in|into|inside)',
  '(?:something|[\\w-]+(?: [\\w-]+)?) (?:is |are |got |gets |was |has been |have been |became )?(?:stuck|lodged) (?:in|up|inside)',
];
// A bead up the nose meets monilethrix (beaded hair), a q-tip in the ear the "tips" pages.
const INSERTED: readonly LayTerm[] = INTO.flatMap((into) =>
  (
    [
      ['nose|nostrils?', 'foreign body in the nose'],
      ['ears?|ear canal', 'foreign body in the ear'],
    ] as const
  ).map(([part, to]): LayTerm => [new RegExp(`\\b${into} ${POSSESSIVE}(?:${part})\\b`, 'gi'), to, KEEP_UNLESS_NOT_FOREIGN]),
);

/** Things stuck in an ear, a nose or an eye, or swallowed. */
export const FOREIGN_BODY_TERMS: readonly LayTerm[] = [
  ...INSERTED,
  [new RegExp(`\\b(?:an? )?(?:bugs?|insects?|fly|flies|bees?|ants?|moths?|spiders?|beetles?|cockroach(?:es)?|roach(?:es)?|earwigs?) (?:flew|flown|crawled|went|got|gone|is|are|was|stuck)(?: \\w+)? (?:in|into|inside|up) ${POSSESSIVE}ears?\\b`, 'gi'), 'foreign body in the ear'],
  [new RegExp(`\\b(?:something|dirt|sand|grit|dust|a speck(?: of \\w+)?|an eyelash|eyelash|a bug|an insect|a piece of \\w+|metal|glass|debris) (?:(?:is|got|gets|was|stuck|flew|blew|went) )*(?:in|into) ${POSSESSIVE}eyes?\\b`, 'gi'), 'foreign object in the eye'],
  [/\b(?:swallow(?:ed|s)?|ate|eaten) (?:a|an|some|the|his|her|my) (?:coins?|penny|pennies|nickels?|dimes?|quarters?|marbles?|magnets?|beads?|pins?|toy|small toy|piece of (?:plastic|glass|metal|toy))\b/gi, 'swallowed a foreign body'],
];
