/** The host lab: command output and screen. */
const host = {
  hostname: 'Hostname',
  localhost: 'localhost',
  localhostNote: 'what the OS resolver answers, from /etc/hosts: no internet needed',
  localhostNone: 'the resolver gave no answer',
  interfacesHeading: 'Interfaces',
  columns: {
    name: 'name',
    family: 'family',
    address: 'address',
    netmask: 'netmask',
    cidr: 'CIDR',
    network: 'network',
    internal: '',
  },
  internal: 'internal',
  external: 'reachable from the network',
  unknown: '?',
  lesson:
    'internal interfaces (loopback) never leave this machine; the others are how other computers reach you. ' +
    'A server bound to 127.0.0.1 answers only here.',
  screen: {
    openSubnet: 'open in subnets',
    onlyIpv4: 'The subnet tool works with IPv4: pick an IPv4 line.',
    loading: 'Asking the resolver…',
  },
};

export default host;
