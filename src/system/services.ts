import { readFileSync } from 'node:fs';

const servicesFile = '/etc/services';

/** The TCP port -> service name lines of an /etc/services file; the first name for a port wins. */
export function parseServices(text: string): Map<number, string> {
  const services = new Map<number, string>();
  for (const line of text.split('\n')) {
    const match = /^([^\s#]+)\s+(\d+)\/tcp\b/.exec(line);
    if (!match) continue;
    const port = Number(match[2]);
    if (port <= 65_535 && !services.has(port)) services.set(port, match[1]!);
  }
  return services;
}

/** This machine's service names, or an empty table when the file is missing (Windows, slim containers). */
export function readServices(path = servicesFile): Map<number, string> {
  try {
    return parseServices(readFileSync(path, 'utf8'));
  } catch {
    return new Map();
  }
}
