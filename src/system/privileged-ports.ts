import { readFileSync } from 'node:fs';

export const unprivilegedPortStartFile = '/proc/sys/net/ipv4/ip_unprivileged_port_start';

export interface PrivilegedPorts {
  /** Ports below this need root (or a capability) to bind on a specific address. */
  unprivilegedPortStart: number;
  source: string;
  isRoot: boolean;
}

/**
 * Who may bind low ports here. Linux: a kernel setting, 1024 by default. macOS keeps 1024 for a
 * specific address such as 127.0.0.1 (only 0.0.0.0 is open to everyone since 10.14). Windows has no rule.
 */
export function readPrivilegedPorts(platform: NodeJS.Platform = process.platform): PrivilegedPorts {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (platform === 'win32') return { unprivilegedPortStart: 0, source: 'default:win32', isRoot };
  if (platform === 'linux') {
    try {
      const text = readFileSync(unprivilegedPortStartFile, 'utf8').trim();
      if (/^\d+$/.test(text)) return { unprivilegedPortStart: Number(text), source: unprivilegedPortStartFile, isRoot };
    } catch {
      // Older kernels have no such file: the limit was fixed at 1024.
    }
  }
  return { unprivilegedPortStart: 1024, source: `default:${platform}`, isRoot };
}
