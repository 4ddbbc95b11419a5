import type en from '../en/sockets.js';

/** Las palabras de estados TCP que comparten el panel de la demo y la herramienta de sockets. */
const sockets: typeof en = {
  appeared: 'nuevo',
  gone: 'ya no está',
  panelTitle: 'Estados TCP (como los lista el SO)',
  panelEmpty: 'Todavía no hay sockets TCP en este puerto.',
  panelChanges: 'Cambios:',
  panelRoles: { listener: 'escucha', server: 'servidor', client: 'cliente', unknown: '?' },
  panelKey: 'estados',
};

export default sockets;
