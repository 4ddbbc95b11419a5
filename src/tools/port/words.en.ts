import { defineWords } from '../tool.js';

/** ` (where it was read)`, or nothing when the screen has no room for it. */
const src = (source: string) => (source ? ` (${source})` : '');

const rangeNames = { 'well-known': 'well-known', registered: 'registered', dynamic: 'dynamic' };

/** The port lab's words: its command, its screen, its help. */
const words = defineWords({
  title: 'Ports',
  hint: 'Which range, which service, may you bind it',
  help: {
    summary: 'Which range a port is in, what usually runs there, whether you may bind it',
    options: { 'try-bind': 'Really bind the port on 127.0.0.1 and report what the OS says' },
    examples: ['netlearn port 80', 'netlearn port 5050 --try-bind', 'netlearn port 56789 --json'],
  },
  rangeNames,
  heading: (p: { port: number }) => `Port ${p.port}`,
  labels: {
    range: 'Range',
    service: 'Service',
    privileges: 'Privileges',
    ephemeral: 'Ephemeral',
    note: 'Note',
    tryBind: 'Try bind',
  },
  range: (p: { name: string; start: number; end: number; ianaName: string }) =>
    `${p.name} (${p.start}-${p.end}), RFC 6335 calls it "${p.ianaName}"`,
  service: (p: { service: string; fromFile: boolean }) =>
    p.fromFile ? `${p.service} (from /etc/services)` : p.service,
  noService: 'nothing well known; free for your own programs',
  privileged: (p: { limit: number; source: string; isRoot: boolean }) =>
    `needed: ports below ${p.limit} need root here${src(p.source)}` +
    (p.isRoot ? '; you are running as root, so you may bind it anyway' : ''),
  portZero: (p: { start: number; end: number }) =>
    `not needed: port 0 is not a real port but a request: "let the OS pick a free one"; any user may bind it and gets an ephemeral port (${p.start}-${p.end} here)`,
  unprivileged: (p: { limit: number; source: string }) =>
    p.limit === 0
      ? 'not needed: this OS has no privileged ports'
      : `not needed: from ${p.limit} up any user may bind${src(p.source)}`,
  ephemeralYes: (p: { start: number; end: number; source: string }) =>
    `yes: this OS hands out ${p.start}-${p.end} to outgoing connections${src(p.source)}, so a client may already hold it`,
  ephemeralNo: (p: { start: number; end: number; source: string }) =>
    `no: this OS hands out ${p.start}-${p.end} to outgoing connections${src(p.source)}`,
  overlap: (p: { start: number; end: number }) =>
    `This OS's ephemeral range ${p.start}-${p.end} reaches into IANA's registered range (1024-49151): ` +
    `Linux chose it long before RFC 6335, so a client's port here often looks "registered".`,
  tryBind: {
    free: (p: { port: number }) => `free: the OS let us bind 127.0.0.1:${p.port}, and we released it`,
    freeAny: (p: { port: number }) => `port 0 means "any": the OS picked ${p.port} for us, and we released it`,
    inUse: (p: { port: number }) => `in use (EADDRINUSE): another program already listens on 127.0.0.1:${p.port}`,
    denied: (p: { code: string; limit: number }) =>
      `refused (${p.code}): the port is below ${p.limit} (ip_unprivileged_port_start) and you are not root`,
    deniedOther: (p: { code: string }) => `refused (${p.code}) by the OS`,
    error: (p: { code: string }) => `the OS answered ${p.code}`,
  },
  screen: {
    prompt: 'Port',
    placeholder: 'a number from 0 to 65535',
    bar: 'Where it sits in 0-65535',
    legendEphemeral: "═ this OS's ephemeral range",
    tryBindKey: 'try bind',
    binding: 'Binding…',
    editKey: 'edit',
  },
});

export type PortWords = typeof words;
export default words;
