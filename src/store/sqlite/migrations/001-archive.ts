/** The consultation archive: departments, doctors, consultations, topics, trusted-source Q&As. */
export const archiveSchema = `
CREATE TABLE departments (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE doctors (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE consultations (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  question TEXT NOT NULL,
  asker_nickname TEXT NOT NULL,
  asker_age_range TEXT NOT NULL,
  asker_sex TEXT NOT NULL CHECK (asker_sex IN ('female', 'male', 'unknown')),
  asked_on TEXT NOT NULL,
  doctor_slug TEXT NOT NULL REFERENCES doctors(slug),
  reply_affiliation TEXT,
  department_slug TEXT NOT NULL REFERENCES departments(slug),
  reply_text TEXT NOT NULL,
  replied_on TEXT NOT NULL,
  more_info TEXT,
  source_format TEXT NOT NULL,
  source_file TEXT,
  source_url TEXT,
  title_key TEXT NOT NULL,
  question_key TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX consultations_by_department ON consultations (department_slug, asked_on DESC);
CREATE INDEX consultations_by_title_key ON consultations (title_key);

CREATE TABLE consultation_flags (
  consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL,
  PRIMARY KEY (consultation_id, position)
);

CREATE TABLE similar_links (
  consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  question_excerpt TEXT NOT NULL,
  doctor_name TEXT NOT NULL,
  department TEXT NOT NULL,
  reply_excerpt TEXT NOT NULL,
  title_key TEXT NOT NULL,
  excerpt_key TEXT NOT NULL,
  target_id TEXT REFERENCES consultations(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (consultation_id, position)
);
CREATE INDEX similar_links_unresolved ON similar_links (title_key) WHERE target_id IS NULL;
CREATE INDEX similar_links_target ON similar_links (target_id);

CREATE TABLE topics (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  department_slug TEXT REFERENCES departments(slug),
  kind TEXT NOT NULL CHECK (kind IN ('faq', 'medquad')),
  focus TEXT,
  synonyms_json TEXT,
  cuis_json TEXT,
  semantic_types_json TEXT,
  semantic_group TEXT,
  category TEXT,
  source_org TEXT,
  source_url TEXT,
  source_file TEXT,
  content_hash TEXT NOT NULL
);
CREATE INDEX topics_by_department ON topics (department_slug, title);
CREATE INDEX topics_by_kind_title ON topics (kind, title);

CREATE TABLE consultation_topics (
  consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  topic_id TEXT NOT NULL REFERENCES topics(id),
  PRIMARY KEY (consultation_id, position)
);
CREATE INDEX consultation_topics_by_topic ON consultation_topics (topic_id);

CREATE TABLE topic_snippets (
  topic_id TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
  source_file TEXT NOT NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (topic_id, source_file, position)
);

CREATE TABLE trusted_qas (
  id TEXT PRIMARY KEY,
  topic_id TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question TEXT NOT NULL,
  question_type TEXT NOT NULL,
  answer TEXT NOT NULL,
  source_org TEXT NOT NULL,
  url TEXT,
  content_hash TEXT NOT NULL
);
CREATE INDEX trusted_qas_by_topic ON trusted_qas (topic_id, position);
`;
