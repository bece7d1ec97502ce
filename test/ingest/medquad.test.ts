import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Topic } from '../../src/domain/topic.js';
import { looksLikeMedquad } from '../../src/ingest/medquad/index.js';
import { assertImportError, parse, qa } from '../support/medquad.js';

const DECL = '<?xml version="1.0" encoding="UTF-8"?>';

const MAIN_LAYOUT = `${DECL}
<Document id="0000042" source="GARD" url="https://example.org/gard?id=42&amp;lang=en">
<Focus>Smith&apos;s &quot;syndrome&quot;</Focus>
<FocusAnnotations>
	<Category>Disease</Category>
	<UMLS>
		<CUIs>
			<CUI>C0000001</CUI>
			<CUI>C0000002</CUI>
		</CUIs>
		<SemanticTypes>
			<SemanticType>T047</SemanticType>
			<SemanticType>T191</SemanticType>
		</SemanticTypes>
		<SemanticGroup>Disorders</SemanticGroup>
	</UMLS>
	<Synonyms>
		<Synonym>Smith disease</Synonym>
		<Synonym>SMS</Synonym>
		<Synonym>Smith disease</Synonym>
	</Synonyms>
</FocusAnnotations>
<QAPairs>
	<QAPair pid="1">
			<Question qid="0000042-1" qtype="information">What is (are) Smith&apos;s syndrome ?</Question>
			<Answer>
                Smith&apos;s syndrome is rare (&lt;1 in 10&#160;000).
                It was named in 1901 &amp; &#x2018;re-named&#x2019; later.
            </Answer>
	</QAPair>
	<QAPair pid="4">
			<Question qid="0000042-4" qtype="symptoms">What are the symptoms of Smith&apos;s syndrome ?</Question>
			<Answer>Tiredness.</Answer>
	</QAPair>
	<QAPair pid="9">
			<Question qid="0000042-9" qtype="treatment">What are the treatments for Smith&apos;s syndrome ?</Question>
			<Answer>None &gt; rest.</Answer>
	</QAPair>
</QAPairs>
</Document>
`;

describe('medquad importer: main <Document> layout', () => {
  it('reads the topic with its focus annotations, decoding entities', () => {
    const doc = parse(MAIN_LAYOUT, 'data/2_GARD_QA/0000042.xml');
    const expected: Topic = {
      id: 'GARD_0000042',
      slug: 'smith-s-syndrome-gard-0000042',
      title: 'Smith\'s "syndrome"',
      department: null,
      kind: 'medquad',
      concept: {
        focus: 'Smith\'s "syndrome"',
        synonyms: ['Smith disease', 'SMS'],
        cuis: ['C0000001', 'C0000002'],
        semanticTypes: ['T047', 'T191'],
        semanticGroup: 'Disorders',
        category: 'Disease',
      },
      source: { organisation: 'GARD', url: 'https://example.org/gard?id=42&lang=en', file: '0000042.xml' },
    };
    assert.deepEqual(doc.topic, expected);
  });

  it('numbers QA pairs by position, not by pid, and trims answers but keeps their inner lines', () => {
    const doc = parse(MAIN_LAYOUT, 'data/2_GARD_QA/0000042.xml');
    assert.deepEqual(
      doc.qas.map((q) => [q.id, q.position, q.questionType]),
      [
        ['GARD_0000042_Sec1', 1, 'information'],
        ['GARD_0000042_Sec2', 2, 'symptoms'],
        ['GARD_0000042_Sec3', 3, 'treatment'],
      ],
    );
    assert.deepEqual(qa(doc, 1), {
      id: 'GARD_0000042_Sec1',
      topicId: 'GARD_0000042',
      position: 1,
      question: "What is (are) Smith's syndrome ?",
      questionType: 'information',
      answer:
        "Smith's syndrome is rare (<1 in 10\u00a0000).\n                It was named in 1901 & \u2018re-named\u2019 later.",
      sourceOrganisation: 'GARD',
      url: 'https://example.org/gard?id=42&lang=en',
    });
    assert.equal(qa(doc, 3).answer, 'None > rest.');
  });

  it('reads a single child as a one-element list, not as a value', () => {
    const doc = parse(`${DECL}
<Document id="0000007" source="NIDDK" url="u">
<Focus>Gout</Focus>
<FocusAnnotations><UMLS><CUIs><CUI>C0018099</CUI></CUIs><SemanticTypes><SemanticType>T047</SemanticType></SemanticTypes><SemanticGroup>Disorders</SemanticGroup></UMLS>
<Synonyms><Synonym>Podagra</Synonym></Synonyms></FocusAnnotations>
<QAPairs><QAPair pid="3"><Question qid="0000007-3" qtype="causes">What causes Gout ?</Question><Answer>Uric acid.</Answer></QAPair></QAPairs>
</Document>`);
    assert.deepEqual(doc.topic.concept?.cuis, ['C0018099']);
    assert.deepEqual(doc.topic.concept?.semanticTypes, ['T047']);
    assert.deepEqual(doc.topic.concept?.synonyms, ['Podagra']);
    assert.equal(doc.topic.concept?.category, null);
    assert.deepEqual(
      doc.qas.map((q) => [q.id, q.question, q.answer]),
      [['NIDDK_0000007_Sec1', 'What causes Gout ?', 'Uric acid.']],
    );
  });

  it('keeps removed answers as empty strings (ADAM, MPlusDrugs, MPlusHerbsSupplements)', () => {
    const doc = parse(`${DECL}
<Document id="0000003" source="MPlusHerbsSupplements" url="https://example.org/herb">
 <!--Answers were removed to comply with the MedlinePlus copyright-->
<Focus>Ginger</Focus>
<FocusAnnotations><Category>Drug</Category></FocusAnnotations>
<QAPairs>
	<QAPair pid="1"><Question qid="0000003-1" qtype="information">What is Ginger ?</Question><Answer></Answer></QAPair>
	<QAPair pid="2"><Question qid="0000003-2" qtype="dose">What is the dosage of Ginger ?</Question><Answer/></QAPair>
	<QAPair pid="3"><Question qid="0000003-3" qtype="how does it work">How does Ginger work ?</Question></QAPair>
</QAPairs>
</Document>`);
    assert.equal(doc.topic.id, 'MPlusHerbsSuppls_0000003');
    assert.equal(doc.topic.source.organisation, 'MPlusHerbsSupplements');
    assert.equal(doc.topic.concept?.category, 'Drug');
    assert.deepEqual(doc.topic.concept?.cuis, []);
    assert.equal(doc.topic.concept?.semanticGroup, null);
    assert.deepEqual(
      doc.qas.map((q) => [q.id, q.answer, q.sourceOrganisation]),
      [
        ['MPlusHerbsSuppls_0000003_Sec1', '', 'MPlusHerbsSupplements'],
        ['MPlusHerbsSuppls_0000003_Sec2', '', 'MPlusHerbsSupplements'],
        ['MPlusHerbsSuppls_0000003_Sec3', '', 'MPlusHerbsSupplements'],
      ],
    );
  });

  it('reads element and attribute names in any case', () => {
    const doc = parse(`<DOCUMENT ID="0000100" Source="NHLBI" URL="https://example.org/nhlbi">
<FOCUS>Anemia</FOCUS>
<focusannotations><umls><cuis><cui>C0002871</cui></cuis><SEMANTICGROUP>Disorders</SEMANTICGROUP></umls></focusannotations>
<qapairs><qapair PID="1"><QUESTION QID="0000100-1" QTYPE="information">What is Anemia ?</QUESTION><ANSWER>Too few red cells.</ANSWER></qapair></qapairs>
</DOCUMENT>`);
    assert.equal(doc.topic.id, 'NHLBI_0000100');
    assert.equal(doc.topic.title, 'Anemia');
    assert.equal(doc.topic.source.url, 'https://example.org/nhlbi');
    assert.deepEqual(doc.topic.concept?.cuis, ['C0002871']);
    assert.equal(doc.topic.concept?.semanticGroup, 'Disorders');
    assert.deepEqual(qa(doc, 1).question, 'What is Anemia ?');
    assert.deepEqual(qa(doc, 1).questionType, 'information');
    assert.deepEqual(qa(doc, 1).answer, 'Too few red cells.');
  });

  it('keeps CDATA literal, leaves unknown entities and double-encoded ones as written, drops inner tags', () => {
    const doc = parse(`<Document id="0000005" source="CDC" url="u">
<Focus>Flu</Focus>
<QAPairs><QAPair pid="1"><Question qid="q" qtype="information">What is &amp;apos;flu&amp;apos; ?</Question>
<Answer>A <b>viral</b> illness<![CDATA[ (<see> &amp; more)]]>&nbsp;&#65;&#0;</Answer></QAPair></QAPairs>
</Document>`);
    assert.equal(qa(doc, 1).question, 'What is &apos;flu&apos; ?');
    assert.equal(qa(doc, 1).answer, 'A viral illness (<see> &amp; more)&nbsp;A&#0;');
  });
});

describe('medquad importer: NINDS <doc> and CDC <DiseaseFile> layouts', () => {
  const ninds = (corpus: string) => `${DECL}
<doc docid="0000077"${corpus} url="http://www.ninds.nih.gov/disorders/x.htm">
<doctitle-focus>Holmes-Adie</doctitle-focus>
<umls>
<cui></cui>
<semanticType></semanticType>
<semanticGroup></semanticGroup>
</umls>
<qaPairs>
<pair pid="1">
<question qid="0000077-1" qtype="information">what is holmes-adie syndrome ?</question>
<answer>Holmes-Adie syndrome (HAS) is a neurological disorder.</answer>
</pair>
<pair pid="2">
<question qid="0000077-2" qtype="treatment">is there any treatment for Holmes-Adie ?</question>
<answer>Doctors may prescribe reading glasses.</answer>
</pair>
</qaPairs>
</doc>
`;

  it('reads the lower-case layout, its prefix coming from the corpus attribute', () => {
    const doc = parse(ninds(' corpus="NINDS"'), 'medquad/6_NINDS_QA/0000077.xml');
    assert.equal(doc.topic.id, 'NINDS_0000077');
    assert.equal(doc.topic.slug, 'holmes-adie-ninds-0000077');
    assert.deepEqual(doc.topic.concept, {
      focus: 'Holmes-Adie',
      synonyms: [],
      cuis: [],
      semanticTypes: [],
      semanticGroup: null,
      category: null,
    });
    assert.deepEqual(doc.topic.source, {
      organisation: 'NINDS',
      url: 'http://www.ninds.nih.gov/disorders/x.htm',
      file: '0000077.xml',
    });
    assert.deepEqual(
      doc.qas.map((q) => [q.id, q.questionType, q.question, q.answer]),
      [
        ['NINDS_0000077_Sec1', 'information', 'what is holmes-adie syndrome ?', 'Holmes-Adie syndrome (HAS) is a neurological disorder.'],
        ['NINDS_0000077_Sec2', 'treatment', 'is there any treatment for Holmes-Adie ?', 'Doctors may prescribe reading glasses.'],
      ],
    );
  });

  it('treats a <doc> without corpus as NINDS, wherever it lies', () => {
    const doc = parse(ninds(''), 'somewhere/0000077.xml');
    assert.equal(doc.topic.id, 'NINDS_0000077');
    assert.equal(qa(doc, 2).sourceOrganisation, 'NINDS');
  });

  it('reads <DiseaseFile fid> with <UMLS> directly under the root', () => {
    const doc = parse(`${DECL}
<DiseaseFile fid="0000397" source="CDC" url="http://www.cdc.gov/parasites/x/">
<Focus>Parasites - X</Focus>
<UMLS>
<CUI>C0039380</CUI>
<SemanticType>T047</SemanticType>
<SemanticGroup>Disorders</SemanticGroup>
</UMLS>
<QAPairs>
<QAPair pid="1"><Question qid="0000397-1" qtype="information">What is (are) Parasites - X ?</Question><Answer>A tapeworm.</Answer></QAPair>
<QAPair pid="5"><Question qid="0000397-5" qtype="exams and tests">How to diagnose Parasites - X ?</Question><Answer>Stool samples.</Answer></QAPair>
</QAPairs>
</DiseaseFile>`);
    assert.equal(doc.topic.id, 'CDC_0000397');
    assert.deepEqual(doc.topic.concept?.cuis, ['C0039380']);
    assert.deepEqual(doc.topic.concept?.semanticTypes, ['T047']);
    assert.equal(doc.topic.concept?.semanticGroup, 'Disorders');
    assert.deepEqual(
      doc.qas.map((q) => [q.id, q.questionType]),
      [
        ['CDC_0000397_Sec1', 'information'],
        ['CDC_0000397_Sec2', 'exams and tests'],
      ],
    );
  });
});

describe('medquad importer: ids', () => {
  const bare = (id: string, source = '') =>
    `<Document id="${id}"${source} url="u"><Focus>F</Focus><QAPairs><QAPair pid="1"><Question qid="q" qtype="information">Q ?</Question><Answer>A</Answer></QAPair></QAPairs></Document>`;

  it('takes the file stem as document id when it extends the id (CancerGov 0000013_2_1.xml)', () => {
    assert.equal(qa(parse(bare('0000013_2', ' source="CancerGov"'), 'c/0000013_2_1.xml'), 1).id, 'CancerGov_0000013_2_1_Sec1');
    assert.equal(parse(bare('0000013_2', ' source="CancerGov"'), 'c/0000013_2_1.xml').topic.slug, 'f-cancergov-0000013-2-1');
    assert.equal(qa(parse(bare('0000013_2', ' source="CancerGov"'), 'c/0000013_2.xml'), 1).id, 'CancerGov_0000013_2_Sec1');
    assert.equal(qa(parse(bare('0000013', ' source="CancerGov"'), 'c/renamed.xml'), 1).id, 'CancerGov_0000013_Sec1');
  });

  it('derives the source from a numbered MedQuAD folder when the file names none', () => {
    const herbs = parse(bare('0000005'), 'medquad/12_MPlusHerbsSupplements_QA/0000005.xml');
    assert.equal(qa(herbs, 1).id, 'MPlusHerbsSuppls_0000005_Sec1');
    assert.equal(herbs.topic.source.organisation, 'MPlusHerbsSupplements');
    assert.equal(qa(parse(bare('0000005'), 'C:\\data\\1_CancerGov_QA\\0000005.xml'), 1).id, 'CancerGov_0000005_Sec1');
    assert.equal(qa(parse(bare('0000005'), '7_SeniorHealth_QA/0000005.xml'), 1).id, 'NIHSeniorHealth_0000005_Sec1');
  });

  it('prefers the source attribute over the folder and matches known sources in any case', () => {
    assert.equal(qa(parse(bare('0000005', ' source="GHR"'), 'x/1_CancerGov_QA/0000005.xml'), 1).id, 'GHR_0000005_Sec1');
    const lower = parse(bare('0000005', ' source="mplusherbssupplements"'));
    assert.equal(qa(lower, 1).id, 'MPlusHerbsSuppls_0000005_Sec1');
    assert.equal(lower.topic.source.organisation, 'mplusherbssupplements');
  });

  it('falls back to the file stem when the root has no id', () => {
    assert.equal(qa(parse(bare('', ' source="GARD"').replace(' id=""', ''), 'g/0000099.xml'), 1).id, 'GARD_0000099_Sec1');
  });

  it('refuses a document whose collection cannot be told', () => {
    assertImportError(() => parse(`\n\n${bare('0000005')}`, 'downloads/0000005.xml'), 3, /no source attribute/);
    assertImportError(() => parse(bare('0000005', ' source="Some Site"')), 1, /"Some Site" is not a MedQuAD collection/);
  });
});

describe('medquad importer: documents without pairs or focus', () => {
  it('keeps a focused document with an empty <QAPairs> (NIDDK 0000056)', () => {
    const doc = parse(`${DECL}
<Document id="0000056" source="NIDDK" url="http://www.niddk.nih.gov/feet">
<Focus>Prevent diabetes problems: Keep your feet healthy</Focus>
<QAPairs>
</QAPairs>
</Document>`);
    assert.equal(doc.topic.id, 'NIDDK_0000056');
    assert.equal(doc.topic.title, 'Prevent diabetes problems: Keep your feet healthy');
    assert.deepEqual(doc.qas, []);
  });

  it('refuses a document with neither focus nor pairs, naming the root line', () => {
    assertImportError(
      () => parse(`${DECL}\n<Document id="0000001" source="CDC" url="u">\n<Focus></Focus>\n<QAPairs></QAPairs>\n</Document>`),
      2,
      /neither a focus nor any QA pair/,
    );
  });

  it('titles an unfocused document with pairs after its source and id (CDC 0000199)', () => {
    const doc = parse(`<Document id="0000199" source="CDC" url="http://www.cdc.gov/vaccines/"><Focus></Focus>
<QAPairs><QAPair pid="12"><Question qid="0000199-12" qtype="prevention">how vaccines prevent disease</Question><Answer>By immunity.</Answer></QAPair></QAPairs></Document>`);
    assert.equal(doc.topic.title, 'CDC 0000199');
    assert.equal(doc.topic.slug, 'cdc-0000199');
    assert.equal(doc.topic.concept?.focus, '');
    assert.equal(qa(doc, 1).id, 'CDC_0000199_Sec1');
  });
});

describe('medquad importer: errors', () => {
  it('refuses empty files', () => {
    assertImportError(() => parse(''), null, /empty/);
    assertImportError(() => parse(' \n\t\n'), null, /empty/);
  });

  it('refuses text that is not XML, with the validator line', () => {
    assertImportError(() => parse('What is (are) gout ?\nIt is arthritis.'), 1, /not well-formed XML: char 'W' is not expected/);
    assertImportError(() => parse('{"type":"topic"}'), 1, /not well-formed XML/);
  });

  it('names the line of a mismatched tag', () => {
    const text = `${DECL}\n<Document id="1" source="GHR" url="u">\n<Focus>F</Focus>\n<QAPairs>\n<QAPair pid="1"><Question qid="q" qtype="t">Q</Answer>\n</QAPairs>\n</Document>`;
    assertImportError(() => parse(text), 5, /closing tag/);
  });

  it('reports a truncated file at its last line', () => {
    const cut = `${DECL}\n<Document id="1" source="GHR" url="u">\n<Focus>F</Focus>\n<QAPairs>\n<QAPair pid="1">\n<Question qid="q" qtype="t">Q</Question>\n<Answer>An answer cut sho`;
    assertImportError(() => parse(cut), 7, /ends before <Document>, <QAPairs>, <QAPair>, <Answer> are closed/);
    const rootOnly = `${DECL}\n<Document id="1" source="GHR" url="u">\n<Focus>F</Focus>\n`;
    assertImportError(() => parse(rootOnly), 3, /ends before <Document> \(opened on line 2\) is closed/);
  });

  it('refuses XML whose root is not a MedQuAD document, at the root line', () => {
    assertImportError(
      () => parse(`${DECL}\n<!-- a feed -->\n<rss version="2.0"><channel/></rss>`),
      3,
      /not a MedQuAD document: the root element is <rss>/,
    );
  });

  it('names the pair that lacks a question', () => {
    const text = `<Document id="1" source="GHR" url="u">\n<Focus>F</Focus>\n<QAPairs>\n<QAPair pid="1"><Question qid="q" qtype="t">Q</Question><Answer>A</Answer></QAPair>\n<QAPair pid="2">\n<Answer>A</Answer></QAPair>\n</QAPairs>\n</Document>`;
    assertImportError(() => parse(text), 5, /QA pair 2 has no <Question>/);
    assertImportError(() => parse(text.replace('>Q<', '> <')), 4, /QA pair 1 has an empty <Question>/);
  });

  it('counts blank lines before the declaration in reported lines', () => {
    assertImportError(() => parse(`\n\n${DECL}\n<Document id="1" source="GHR">\n<Focus>F</Focs>\n</Document>`), 5, /closing tag/);
  });
});

describe('looksLikeMedquad', () => {
  it('recognises every layout', () => {
    assert.equal(looksLikeMedquad(MAIN_LAYOUT), true);
    assert.equal(looksLikeMedquad('<doc docid="1" corpus="NINDS" url="u">\n<doctitle-focus>ALS</doctitle-focus>'), true);
    assert.equal(looksLikeMedquad(`\uFEFF${DECL}\n<DiseaseFile fid="1" source="CDC" url="u">\n<Focus>F</Focus>`), true);
  });

  it('rejects other XML, HTML, JSONL and page text', () => {
    assert.equal(looksLikeMedquad(`${DECL}\n<Document><Title>Invoice</Title></Document>`), false);
    assert.equal(looksLikeMedquad('<!DOCTYPE html>\n<html><body><p>Focus</p></body></html>'), false);
    assert.equal(looksLikeMedquad('{"type":"topic","id":"x"}\n'), false);
    assert.equal(looksLikeMedquad('Why do my knees hurt?\n35 year old female. Ask Date: 2020/01/01'), false);
    assert.equal(looksLikeMedquad(''), false);
  });
});
