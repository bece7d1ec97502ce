import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { TriageContacts } from '../../src/domain/rules/urgency.js';
import { buildApp } from '../../src/http/app.js';
import { ArchiveService } from '../../src/services/archive-service.js';
import { DEMO_PAGES } from '../../src/services/demo-service.js';
import { ImportService } from '../../src/services/import-service.js';
import { SearchService } from '../../src/services/search-service.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

/** Two invented MedQuAD-format documents, so trusted-source answers take part in search. */
export const TRUSTED_DOCS = {
  'gerd.xml': `<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000101" source="MPlusHealthTopics" url="https://example.org/gerd">
<Focus>Gastroesophageal reflux disease</Focus>
<FocusAnnotations><Synonyms><Synonym>GERD</Synonym><Synonym>Acid reflux</Synonym></Synonyms></FocusAnnotations>
<QAPairs>
<QAPair pid="1"><Question qid="0000101-1" qtype="information">What is (are) Gastroesophageal reflux disease ?</Question>
<Answer>Reflux happens when stomach contents flow back into the food pipe, causing heartburn and a sour taste.</Answer></QAPair>
<QAPair pid="2"><Question qid="0000101-2" qtype="treatment">What are the treatments for Gastroesophageal reflux disease ?</Question>
<Answer>Lifestyle changes such as smaller evening meals and raising the head of the bed help; a doctor may suggest medicines.</Answer></QAPair>
</QAPairs></Document>`,
  'angina.xml': `<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000102" source="NHLBI" url="https://example.org/angina">
<Focus>Angina</Focus>
<QAPairs>
<QAPair pid="1"><Question qid="0000102-1" qtype="symptoms">What are the symptoms of Angina ?</Question>
<Answer>Angina is chest pain or pressure, often brought on by exertion such as climbing stairs, and relieved by rest.</Answer></QAPair>
</QAPairs></Document>`,
};

export interface SearchApp {
  app: FastifyInstance;
  store: SqliteStore;
  search: SearchService;
  importer: ImportService;
  close(): Promise<void>;
}

/**
 * The demo archive plus two trusted documents, imported for real, served with search on;
 * `contacts` as an operator would configure them (none by default).
 */
export async function openSearchApp(dir: string, contacts?: TriageContacts): Promise<SearchApp> {
  for (const [name, xml] of Object.entries(TRUSTED_DOCS)) writeFileSync(join(dir, name), xml);
  const store = SqliteStore.open(join(dir, 'search.sqlite'));
  const importer = new ImportService(store);
  const report = await importer.importPaths([DEMO_PAGES, ...Object.keys(TRUSTED_DOCS).map((n) => join(dir, n))], {
    format: 'auto',
  });
  if (report.failures.length > 0) throw new Error(JSON.stringify(report.failures));
  const search = await SearchService.open(store, { contacts });
  const app = buildApp({
    archive: new ArchiveService(store, search, contacts),
    search,
    baseUrl: null,
    emergencyNumber: contacts?.emergencyNumber ?? null,
  });
  await app.ready();
  return {
    app,
    store,
    search,
    importer,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
