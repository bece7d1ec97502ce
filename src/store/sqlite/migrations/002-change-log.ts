/**
 * A log of every write to what the search index holds. Triggers fill it, so no write path (an
 * import in another process included) can forget to; the server's index replays it to stay
 * current and a saved index snapshot knows exactly which changes it has not seen.
 */
export const changeLogSchema = `
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL CHECK (entity IN ('consultation', 'trusted-qa', 'topic')),
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('upsert', 'delete'))
);

CREATE TRIGGER consultations_logged_insert AFTER INSERT ON consultations
BEGIN INSERT INTO change_log (entity, entity_id, op) VALUES ('consultation', NEW.id, 'upsert'); END;
CREATE TRIGGER consultations_logged_update AFTER UPDATE ON consultations
BEGIN INSERT INTO change_log (entity, entity_id, op) VALUES ('consultation', NEW.id, 'upsert'); END;
CREATE TRIGGER consultations_logged_delete AFTER DELETE ON consultations
BEGIN INSERT INTO change_log (entity, entity_id, op) VALUES ('consultation', OLD.id, 'delete'); END;

CREATE TRIGGER trusted_qas_logged_insert AFTER INSERT ON trusted_qas
BEGIN INSERT INTO change_log (entity, entity_id, op) VALUES ('trusted-qa', NEW.id, 'upsert'); END;
CREATE TRIGGER trusted_qas_logged_update AFTER UPDATE ON trusted_qas
BEGIN INSERT INTO change_log (entity, entity_id, op) VALUES ('trusted-qa', NEW.id, 'upsert'); END;
CREATE TRIGGER trusted_qas_logged_delete AFTER DELETE ON trusted_qas
BEGIN INSERT INTO change_log (entity, entity_id, op) VALUES ('trusted-qa', OLD.id, 'delete'); END;

CREATE TRIGGER topics_logged_update AFTER UPDATE ON topics
BEGIN INSERT INTO change_log (entity, entity_id, op) VALUES ('topic', NEW.id, 'upsert'); END;
CREATE TRIGGER topics_logged_delete AFTER DELETE ON topics
BEGIN INSERT INTO change_log (entity, entity_id, op) VALUES ('topic', OLD.id, 'delete'); END;

-- Topic memberships change what a consultation is indexed under without touching its row.
CREATE TRIGGER consultation_topics_logged AFTER INSERT ON consultation_topics
BEGIN INSERT INTO change_log (entity, entity_id, op) VALUES ('consultation', NEW.consultation_id, 'upsert'); END;
`;
