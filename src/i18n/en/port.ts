import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type { AreaInputErrors } from '../input-error-messages.js';

/** ` (where it was read)`, or nothing when the screen has no room for it. */
const src = (source: string) => (source ? ` (${source})` : '');

const rangeNames = { 'well-known': 'well-known', registered: 'registered', dynamic: 'dynamic' };

/** The port lab: command output, screen and the errors of parsePort. */
const port = {
  rangeNames,
  title: (p: { port: number }) => `Port ${p.port}`,
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
  inputErrors: {
    'port-empty': () => 'the port is empty; write a number from 0 to 65535, for example 5050.',
    'port-too-large': (d: InputErrorDetails) => `port "${visible(d.part)}" is too large: ports go from 0 to ${d.max}.`,
    'port-negative': (d: InputErrorDetails) => `port "${visible(d.part)}" is negative: ports go from 0 to 65535.`,
    'port-fraction': (d: InputErrorDetails) =>
      `port "${visible(d.part)}" has a decimal point: a port is a whole number.`,
    'port-exponent': (d: InputErrorDetails) =>
      `port "${visible(d.part)}" is written with an exponent; write the digits` +
      (d.suggestion ? `, for example ${d.suggestion}.` : '.'),
    'port-hex': (d: InputErrorDetails) =>
      `port "${visible(d.part)}" is hexadecimal; write it in decimal` + (d.suggestion ? ` (${d.suggestion}).` : '.'),
    'port-leading-zero': (d: InputErrorDetails) =>
      `port "${visible(d.part)}" starts with a zero, which some programs read as octal; write ${d.suggestion}.`,
    'port-non-ascii-digit': (d: InputErrorDetails) =>
      `port "${visible(d.part)}" uses digits from another script; write it with 0-9.`,
    'port-not-number': (d: InputErrorDetails) =>
      `"${visible(d.part)}" is not a port: write a number from 0 to 65535, for example 5050.`,
  } satisfies AreaInputErrors,
};

export default port;
