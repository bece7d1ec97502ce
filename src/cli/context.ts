import { type Config, loadConfig } from '../config.js';
import { SqliteStore } from '../store/sqlite/store.js';

/** Flags shared by every command; each maps onto the environment variable of the same setting. */
export interface CommonFlags {
  db?: string;
  port?: string;
  host?: string;
}

export function configFrom(flags: CommonFlags, env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig({
    ...env,
    ...(flags.db !== undefined ? { ASKDOC_DB: flags.db } : {}),
    ...(flags.port !== undefined ? { PORT: flags.port } : {}),
    ...(flags.host !== undefined ? { HOST: flags.host } : {}),
  });
}

export function openStore(config: Config): SqliteStore {
  return SqliteStore.open(config.db);
}
