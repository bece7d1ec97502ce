import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { runSimilarity } from '../search/similarity/command.js';

/** The trained question-entailment model shipped with the package (`npm run train:similarity`). */
const SHIPPED_MODEL = fileURLToPath(new URL('../../models/rqe.json', import.meta.url));

export function similarityCommand(): Command {
  return new Command('similarity')
    .description('score MEDIQA-format question pairs (<pair pid value><chq/><faq/></pair>) with the question-entailment model')
    .argument('<pairs.xml>', 'MEDIQA RQE file; with labels, the output ends with "accuracy: 0.xxx"')
    .option('--model <file>', 'model file', SHIPPED_MODEL)
    .action(async (xml: string, flags: { model: string }) => {
      await runSimilarity(xml, flags.model, (line) => console.log(line));
    });
}
