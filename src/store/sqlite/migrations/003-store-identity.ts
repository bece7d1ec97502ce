/**
 * A random id given to each database when it is created. Anything kept outside the database
 * about its content (the search index snapshot) records this id, so a snapshot is never applied
 * to another database that happens to have the same path, or to a replaced file.
 */
export const storeIdentitySchema = `
CREATE TABLE store_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO store_meta (key, value) VALUES ('store_id', lower(hex(randomblob(16))));
`;
