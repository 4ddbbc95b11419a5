import { join } from 'node:path';
import envPaths from 'env-paths';

/** Where the gradebook lives unless `--db` says: the user's data folder (~/.local/share/netlearn on Linux). */
export function gradebookPath(given?: string): string {
  return given ?? join(envPaths('netlearn', { suffix: '' }).data, 'gradebook.sqlite');
}
