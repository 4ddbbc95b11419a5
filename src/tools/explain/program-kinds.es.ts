import { spanish as of, type Explanation } from './where.js';

/** Errores del programa mismo (un socket cerrado, str en vez de bytes, un bucle sobre un conjunto que cambia). */
const programKinds = {
  'too-many-files': {
    title: 'Demasiados archivos abiertos (Too many open files)',
    wire: () =>
      'No se mandó nada: cada socket es un descriptor de archivo, y este proceso llegó a su límite (ulimit -n), ' +
      'así que el SO rechazó un socket nuevo o un accept() nuevo.',
    causes: [
      () => 'Nunca se cierran los sockets de los clientes que se fueron: cada uno ocupa un descriptor hasta el final.',
      () => 'De verdad muchos clientes a la vez para el límite que la terminal le dio al programa.',
    ],
    fixes: [
      () =>
        'Cerrá cada socket que ya no usás: cuando recv() da b"" o lanza un error, sacá al cliente y llamá a ' +
        'conn.close() (o usá with conn:).',
      () => 'Mirá el límite con ulimit -n; subilo en esa terminal con ulimit -n 4096 si de verdad hace falta.',
    ],
    show: (p) => of(p).sockets(),
  },
  'bad-descriptor': {
    title: 'Descriptor de archivo inválido (un socket cerrado)',
    wire: () =>
      'No se mandó nada: el socket ya estaba cerrado en este programa, así que su número no le dice nada al SO. ' +
      'Windows dice lo mismo como WinError 10038, "no es un socket".',
    causes: [
      () => 'Un send() o recv() después de close(), muchas veces a un cliente que se fue pero sigue en la lista.',
      () => 'Un hilo cerró el socket mientras otro todavía lo usaba.',
    ],
    fixes: [
      () => 'Sacá al cliente de la lista antes de cerrarlo (o a la vez), con el mismo lock, así nadie le manda nada.',
      () => 'Cerrá cada socket en un solo lugar: el hilo que atiende a ese cliente.',
    ],
    show: (p) => of(p).sockets(true),
  },
  'not-connected': {
    title: 'El socket no está conectado (not connected)',
    wire: () =>
      'No se mandó nada: se llamó a recv(), send() o getpeername() en un socket sin conexión: uno que nunca se ' +
      'conectó, o el socket que escucha.',
    causes: [
      () =>
        'En un servidor: leer del socket que escucha (s.recv) en vez del que devolvió accept() (conn.recv). El ' +
        'socket que escucha solo acepta; cada cliente tiene su propio socket.',
      () => 'En un cliente: nunca se llamó a connect(), o falló y el programa siguió igual.',
    ],
    fixes: [
      () => 'Servidor: conn, addr = s.accept(), y después conn.recv(1024) y conn.sendall(...).',
      () => 'Cliente: conectá primero, y pará si lanza un error: s.connect((host, port)).',
    ],
    show: (p) => of(p).sockets(),
  },
  'already-connected': {
    title: 'El socket ya está conectado (already connected)',
    wire: () =>
      'No se mandó nada: se llamó a connect() en un socket que ya está conectado. Un socket TCP se conecta una ' +
      'sola vez, a un solo par, en toda su vida.',
    causes: [() => 'connect() dos veces en el mismo socket, por ejemplo dentro de un bucle de reintentos.'],
    fixes: [
      () => 'Creá un socket nuevo en cada intento: s = socket.create_connection((host, port)) dentro del bucle.',
      () => 'Cuando una conexión termina, cerrá ese socket y creá otro para volver a conectarte.',
    ],
    show: (p) => of(p).sockets(),
  },
  'invalid-argument': {
    title: 'Argumento inválido (Invalid argument)',
    wire: () =>
      'No se mandó nada: el SO rechazó la llamada por lo que el socket ya es, o por lo que le pasaron (EINVAL).',
    causes: [
      () => 'listen() en un socket que ya se conectó: un socket es servidor (bind, listen) o cliente, no las dos.',
      () => 'bind() dos veces en el mismo socket.',
      () => 'Una dirección IPv6 de enlace local con %interfaz en una tupla común (mirá "netlearn lesson ipv6").',
    ],
    fixes: [
      () => 'Usá sockets separados: uno que hace bind y listen, y uno nuevo para cada conexión saliente.',
      () => 'Hacé bind una sola vez por socket, antes de listen().',
    ],
    show: (p) => of(p).sockets(),
  },
  'link-local-bind': {
    title: 'Argumento inválido (una dirección IPv6 de enlace local)',
    wire: (p) =>
      `No se mandó nada: bind() recibió ${p.host ?? 'una dirección fe80::'} como texto, y Linux necesita la ` +
      'interfaz como número dentro de la tupla, así que la rechaza con EINVAL.',
    causes: [
      () =>
        'Una dirección de enlace local (fe80::...) solo tiene sentido en una interfaz, y bind() no lee el %eth0 ' +
        'del texto.',
    ],
    fixes: [
      () =>
        "Dejá que getaddrinfo arme la tupla: addr = socket.getaddrinfo('fe80::...%eth0', port, socket.AF_INET6, " +
        'socket.SOCK_STREAM)[0][4], y después s.bind(addr).',
      () => "O armá la tupla de 4 vos: s.bind(('fe80::...', port, 0, socket.if_nametoindex('eth0'))).",
    ],
    show: () => 'netlearn host',
  },
  'would-block': {
    title: 'Recurso no disponible por ahora (un socket no bloqueante)',
    wire: () =>
      'A la conexión no le pasa nada: el socket es no bloqueante (setblocking(False) o settimeout(0)) y la ' +
      'llamada no podía terminar ahora: no hay datos para recv(), nadie para accept(), o un connect() en camino.',
    causes: [
      () => 'setblocking(False) sin una forma de esperar a que el socket esté listo.',
      () => 'Windows dice lo mismo como WinError 10035; macOS como Errno 35.',
    ],
    fixes: [
      () =>
        'Esperá a que esté listo con selectors (sel.register(conn, selectors.EVENT_READ)) y recién ahí llamá a recv().',
      () => 'O dejá el socket bloqueante (lo normal) y dale un hilo a cada cliente.',
    ],
    show: (p) => of(p).sockets(),
  },
  'family-mismatch': {
    title: 'Familia de direcciones no soportada (Address family for hostname not supported)',
    wire: (p) =>
      'No se mandó nada: el socket es de una familia y la dirección de otra, por ejemplo un socket AF_INET (IPv4) ' +
      `con ${p.host ?? 'una dirección IPv6 como ::1'}. No es un nombre que no se encontró.`,
    causes: [() => 'socket.socket() crea un socket IPv4; ::1 y las demás direcciones IPv6 necesitan AF_INET6.'],
    fixes: [
      () => 'Creá el socket para esa dirección: socket.socket(socket.AF_INET6) para ::1, o usá 127.0.0.1.',
      () => 'O dejá que Python elija: socket.create_connection((host, port)) prueba cada familia que da getaddrinfo.',
    ],
    show: () => 'netlearn host',
  },
  'bytes-expected': {
    title: 'Se necesitan bytes, no str (a bytes-like object is required)',
    wire: () =>
      'No se mandó nada: los sockets llevan bytes, y a send() o sendall() le pasaron un str. El texto hay que ' +
      'codificarlo antes.',
    causes: [() => 'conn.sendall("hola") en vez de conn.sendall("hola".encode("utf-8")).'],
    fixes: [
      () =>
        'Codificá al mandar y decodificá al recibir: conn.sendall(texto.encode("utf-8")), y después ' +
        'data.decode("utf-8").',
    ],
    show: () => 'netlearn utf8 "hola"',
  },
  'port-range': {
    title: 'Puerto fuera de rango',
    wire: () =>
      'No se mandó nada: un puerto es un número de 16 bits, de 0 a 65535, y el programa pidió uno fuera de ese rango.',
    causes: [() => 'Un error de tipeo (70000 por 7000), o un puerto leído de la entrada o de un archivo sin revisar.'],
    fixes: [() => 'Usá un puerto de 1024 a 65535 para tus servidores; revisá el puerto que leés antes del bind().'],
    show: (p) => of(p).tryBind(),
  },
  'changed-during-loop': {
    title: 'El conjunto cambió de tamaño mientras se recorría (Set changed size during iteration)',
    wire: () =>
      'No es un error de red: un bucle recorría el conjunto (o diccionario) de clientes mientras algo agregaba o ' +
      'sacaba uno, y Python cortó el bucle.',
    causes: [
      () => 'Un bucle de difusión que saca a un cliente muerto del mismo conjunto que recorre.',
      () => 'Otro hilo agrega o saca un cliente (alguien entra o se va) mientras este difunde.',
    ],
    fixes: [
      () => 'Recorré una copia, y tomá el lock en cada cambio: for conn in list(clientes): ...',
      () => 'Juntá los clientes muertos durante el bucle y sacalos después.',
    ],
    show: () => 'netlearn threads',
  },
  'json-extra-data': {
    title: 'JSONDecodeError: Extra data (dos mensajes pegados)',
    wire: () =>
      'Los bytes llegaron bien: un recv() devolvió más de un mensaje JSON (o uno y medio), y json.loads() espera ' +
      'exactamente uno. TCP es un flujo: respeta el orden de los bytes, no los límites de tus mensajes.',
    causes: [() => 'El que manda mandó dos mensajes seguidos, y los dos cayeron en el mismo recv().'],
    fixes: [
      () =>
        'Delimitá los mensajes: un JSON por línea (json.dumps(mensaje) + "\\n") y leé líneas enteras: ' +
        'for line in conn.makefile("r", encoding="utf-8"): mensaje = json.loads(line).',
    ],
    show: () => 'netlearn lesson tcp-stream',
  },
  'keyboard-interrupt': {
    title: 'KeyboardInterrupt (Ctrl+C)',
    wire: (p) =>
      `No es un error de red: Ctrl+C le llegó a Python mientras el hilo principal estaba ${p.call ? `en ${p.call}()` : 'ocupado'}, ` +
      'y Python lanzó KeyboardInterrupt ahí. En Linux eso interrumpe un accept() bloqueado.',
    causes: [
      () => 'Paraste el servidor con Ctrl+C: era lo esperado, pero sin un cierre prolijo los clientes no se enteran.',
      () =>
        'En Windows, un accept() bloqueado puede no enterarse del Ctrl+C hasta que se conecta un cliente: ' +
        'ponele un timeout al socket que escucha.',
    ],
    fixes: [
      () =>
        'Atrapalo alrededor del bucle y cerrá prolijo: try: ... except KeyboardInterrupt: cerrá cada cliente y ' +
        'después el socket que escucha.',
      () =>
        'Ponele un timeout al socket que escucha (s.settimeout(1)) y atrapá TimeoutError, así el bucle se despierta.',
      () => 'Poné SO_REUSEADDR antes del bind para que al volver a arrancar no falle con "Address already in use".',
    ],
    show: (p) => of(p).sockets(),
  },
} satisfies Record<string, Explanation>;

export default programKinds;
