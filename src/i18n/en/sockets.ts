/** The TCP-state words the demo's states panel and the sockets tool share. */
const sockets = {
  appeared: 'new',
  gone: 'gone',
  panelTitle: 'TCP states (as the OS lists them)',
  panelEmpty: 'No TCP socket on this port yet.',
  panelChanges: 'Changes:',
  panelRoles: { listener: 'listener', server: 'server', client: 'client', unknown: '?' },
  panelKey: 'states',
};

export default sockets;
