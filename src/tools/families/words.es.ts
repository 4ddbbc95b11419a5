import type { FamiliesWords } from './words.en.js';

const words: FamiliesWords = {
  title: 'Familias de direcciones',
  hint: 'AF_INET, AF_INET6 y AF_UNIX lado a lado',
  help: {
    summary: 'Un servidor por familia de direcciones (IPv4, IPv6, Unix) y la dirección que ve de su par',
    options: {},
    examples: ['netlearn families'],
  },
  intro: 'Un servidor por familia de direcciones, un cliente para cada uno, y la dirección que informa cada lado.',
  names: { inet: 'IPv4 en 127.0.0.1', inet6: 'IPv6 en ::1', unix: 'un socket Unix (una ruta de archivo)' },
  listening: 'escucha en',
  peer: 've al cliente como',
  unnamed: '(sin nombre: el cliente nunca llamó a bind())',
  pythonAccept: 'Python accept() ->',
  pythonServer: 'Python getsockname() ->',
  skipped: (p) =>
    p.code === 'WIN32_NAMED_PIPE'
      ? 'Salteado: en Windows, Node convierte una ruta en un named pipe, no en un socket AF_UNIX'
      : `Salteado: esta máquina rechazó la dirección (${p.code}); seguramente IPv6 está desactivado`,
  failed: (p) => `Falló: ${p.code}`,
  tempRemoved: 'La carpeta temporal del socket Unix se borró; todos los sockets están cerrados.',
  lesson:
    'La familia decide cómo es una dirección: un par en AF_INET, cuatro valores en AF_INET6 (flow info y scope id), ' +
    'una ruta en AF_UNIX, que nunca pasa por la red.',
  screen: { running: 'Abriendo servidores…', runAgain: 'correr de nuevo' },
};

export default words;
