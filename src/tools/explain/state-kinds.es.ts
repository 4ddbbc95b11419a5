import { isLoopback, spanish as of, type Explanation } from './where.js';

/** Los estados de una fila pegada de `ss`/`netstat`, explicados en castellano. */
const stateKinds = {
  'time-wait': {
    title: 'TIME_WAIT',
    wire: () =>
      'No es un error: el lado que cierra primero guarda el par de direcciones de la conexión unos 60 s (2 x MSL ' +
      'en Linux) para que los paquetes tardíos de la conexión vieja mueran en vez de caer en una nueva.',
    causes: [
      () => 'La fila es del programa que llamó primero a close(); un servidor que cierra primero las junta.',
      () => 'Muchas en un cliente: abre y cierra muchas conexiones cortas.',
    ],
    fixes: [
      () =>
        'No hay nada que arreglar; para que reiniciar el servidor nunca falle con "Address already in use", poné ' +
        'SO_REUSEADDR antes del bind en cada corrida: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1).',
    ],
    show: (p) => of(p).sockets(true),
  },
  'close-wait': {
    title: 'CLOSE_WAIT',
    wire: () =>
      'El otro lado cerró (llegó su FIN, recv() devuelve b"") y el programa dueño de este socket no llamó a ' +
      'close(). El kernel lo espera para siempre.',
    causes: [
      () => 'Un bucle de servidor que ignora recv() == b"" y deja al cliente muerto en su lista.',
      () => 'Un hilo por cliente que se queda bloqueado en otro lado y nunca llega a conn.close().',
    ],
    fixes: [() => 'Cuando data = conn.recv(1024) da b"", sacá al cliente y llamá a conn.close() (o usá with conn:).'],
    show: (p) => of(p).sockets(true),
  },
  'fin-wait-2': {
    title: 'FIN-WAIT-2',
    wire: () =>
      'No es un error: este lado cerró (su FIN salió y le confirmaron que llegó) y ahora espera el FIN del otro ' +
      'lado, que todavía tiene la conexión abierta en CLOSE-WAIT.',
    causes: [
      () => 'El otro programa vio que recv() devolvió b"" (o nunca leyó) y todavía no llamó a close().',
      () => 'Un cliente que se fue mientras su servidor sigue teniendo la conexión muerta en su lista.',
    ],
    fixes: [
      () =>
        'Mirá el otro lado, no este: su fila está en CLOSE-WAIT. Cuando recv() da b"", tiene que sacar a ese ' +
        'cliente y llamar a close().',
      () => 'Linux descarta un socket cerrado que quedó en FIN-WAIT-2 después de net.ipv4.tcp_fin_timeout (60 s).',
    ],
    show: (p) => of(p).sockets(true),
  },
  'syn-sent': {
    title: 'SYN-SENT',
    wire: (p) =>
      `Un connect() mandó su SYN a ${of(p).at} y todavía no volvió ninguna respuesta: la conexión no está abierta, ` +
      'y Linux reenvía el SYN (6 veces por defecto, unos dos minutos) antes de rendirse con un timeout.',
    causes: [
      (p) =>
        isLoopback(p.host)
          ? 'Un servidor de esta máquina que escucha pero no llama a accept(): su cola (backlog) está llena y el ' +
            'SO ignora los SYN nuevos hasta que accept() hace lugar.'
          : 'Nadie contesta en esa dirección (IP equivocada, máquina apagada), o un firewall descarta el SYN.',
      () => 'Un servidor ocupado en un bucle que nunca vuelve a accept().',
    ],
    fixes: [
      () => 'En el servidor, llamá a accept() en un bucle y pasale cada cliente a un hilo, así la cola se vacía.',
      (p) => `Mirá la fila LISTEN del servidor: ${of(p).sockets()} (Recv-Q mayor que Send-Q es una cola llena).`,
      () => 'Poné un límite a connect() para que el cliente no se cuelgue: socket.create_connection(addr, timeout=5).',
    ],
    show: (p) => of(p).sockets(true),
  },
} satisfies Record<string, Explanation>;

export default stateKinds;
