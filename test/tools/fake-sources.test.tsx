import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostSources } from '../../src/tools/host/sources.js';
import type { PortSources } from '../../src/tools/port/sources.js';
import type { SubnetSources } from '../../src/tools/subnet/sources.js';
import { keys } from '../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../helpers/render.js';

afterEach(cleanup);

/** A machine that is not this one: what a learner's laptop might answer. */
const laptop: HostSources = {
  hostFacts: async () => ({
    hostname: 'aulas-pc-07',
    localhost: ['::1', '127.0.0.1'],
    interfaces: [
      { name: 'lo', family: 'IPv4', address: '127.0.0.1', netmask: '255.0.0.0', internal: true },
      { name: 'wlp2s0', family: 'IPv4', address: '10.20.30.40', netmask: '255.255.0.0', internal: false },
    ],
  }),
  hostsFile: async () => ({
    path: '/etc/hosts',
    readable: true,
    localhost: [
      { line: 1, address: '127.0.0.1', names: ['localhost'] },
      { line: 2, address: '::1', names: ['localhost', 'ip6-localhost'] },
    ],
  }),
};

const unprivileged: PortSources = {
  portFacts: () => ({
    ephemeral: { start: 49152, end: 65535, source: 'test' },
    unprivilegedPortStart: 1024,
    unprivilegedSource: 'test',
    isRoot: false,
    services: new Map(),
    knownPorts: new Map([[80, 'HTTP']]),
  }),
  tryBind: async (port) => ({ result: 'denied', code: 'EACCES', port }),
};

describe('screens take the machine from their sources, so a test can hand in another machine', () => {
  it('the host screen shows the hostname and interfaces its sources give', async () => {
    const app = renderApp('host', { fakeSources: { host: laptop } });
    const frame = await waitForFrame(app, 'aulas-pc-07');
    expect(frame).toMatch(/wlp2s0 +IPv4 +10\.20\.30\.40\/16 +10\.20\.0\.0/);
    expect(frame).toMatch(/localhost +::1, 127\.0\.0\.1/);
    await waitForFrame(app, '(from the hosts file /etc/hosts)');
  });

  it('the port screen reports EACCES for a low port when the OS refuses (not reachable as root)', async () => {
    const app = renderApp('port', { payload: { example: '80' }, fakeSources: { port: unprivileged } });
    await waitForFrame(app, 'HTTP');
    await press(app, keys.enter, 'refused (EACCES): the port is below 1024');
  });

  it('the subnet screen starts on the first interface its sources list', async () => {
    const sources: SubnetSources = {
      interfaces: () => [
        { name: 'wlp2s0', address: '10.20.30.40', netmask: '255.255.0.0', cidr: '10.20.30.40/16', internal: false },
      ],
      randomSeed: () => '1',
      resolve: () => Promise.reject(new Error('no resolver in this test')),
    };
    const app = renderApp('subnet', { fakeSources: { subnet: sources } });
    await waitForFrame(app, '10.20.30.40 is host');
    await waitForFrame(app, 'This machine: wlp2s0 10.20.30.40/16');
  });
});
