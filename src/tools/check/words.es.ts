import { joinHostPort } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import type { CheckWords } from './words.en.js';

/** The default chat, as the hint and help name it. */
const { host: chatHost, port: chatPort } = defaultChat;
const chatAddress = joinHostPort(chatHost, chatPort);

/** `netlearn check`: las pruebas del servidor o cliente de chat del estudiante, y qué corregir. */
const words: CheckWords = {
  title: 'Probar mi chat',
  hint: 'Apuntá netlearn a tu propio servidor de chat: clientes reales prueban los errores clásicos',
  help: {
    summary: 'Prueba tu propio servidor de chat (en cualquier lenguaje) con clientes reales, y dice qué corregir',
    options: {
      port: `El puerto del servidor (${chatPort} si no lo das); también sirve host:puerto`,
      only: 'Corre solo estas pruebas, p. ej. --only broadcast,utf8',
      strict: 'Las pruebas avanzadas (slow-reader, users) también cuentan para el código de salida',
      timeout: 'Segundos que puede durar cada espera antes de que una prueba falle (3 si no lo das)',
      client: 'Prueba tu cliente: netlearn escucha y tu cliente se conecta',
    },
    examples: [
      `netlearn check ${chatAddress}`,
      'netlearn check --port 5000 --only broadcast,utf8',
      'netlearn check --json | jq .',
      'netlearn check --client --port 6000',
    ],
    details:
      'Pruebas: connect, broadcast, concurrent, split-line, two-lines, utf8, long-line, clean-leave, abrupt-leave, churn (básicas), slow-reader, users (avanzadas). Sale con 0 si no falló ninguna básica, 1 si falló alguna o no hay nada escuchando, 2 si la entrada está mal.',
  },
  names: {
    connect: '3 clientes se conectan y siguen conectados',
    broadcast: 'una línea llega a los demás',
    concurrent: 'un cliente callado no traba a nadie',
    'split-line': 'una línea enviada en dos partes llega entera',
    'two-lines': 'dos líneas en un solo envío siguen siendo dos',
    utf8: 'ñandú € llega byte por byte',
    'long-line': 'una línea de 8 KiB llega entera',
    'clean-leave': 'un cliente que cierra se va sin ruido',
    'abrupt-leave': 'un cliente que se cae (RST) no rompe nada',
    churn: 'entran y salen 30 clientes, sin perder líneas',
    'slow-reader': 'un cliente que nunca lee no traba a nadie',
    users: '/users muestra la tupla de dirección de todos',
    'client-connect': 'tu cliente se conecta',
    'client-utf8': 'envía "hola ñandú" como una línea UTF-8',
    'client-reads': 'sigue leyendo cuando no hacés nada',
    'client-close': 'cierra limpio (FIN, no RST)',
  },
  status: { pass: 'bien', fail: 'FALLA', skip: 'salteada', running: '…' },
  level: { basic: 'básica', advanced: 'avanzada' },
  diagnoses: {
    pass: () => 'Nada que corregir acá: esta parte anda.',
    timeout: (d) =>
      `La prueba no terminó en ${d.ms} ms y se cortó. Algo en el servidor esperó para siempre: un recv() o un lock que nunca volvió.`,
    'connect-error': (d) =>
      `Una conexión falló (${d.code}) aunque la primera anduvo. Puede que el servidor deje de aceptar después de unos pocos clientes: fijate que el bucle de accept() siga corriendo, y el número de listen().`,
    'connect-timeout': () =>
      'Una conexión no se completó a tiempo. Puede que el servidor esté trabado y ya no llame a accept(), y su cola (el número de listen()) esté llena.',
    'connect-closed': (d) =>
      `El servidor cerró ${d.closed} conexión(es) apenas las aceptó. Dejá abierto el socket de cada cliente hasta que ese cliente se vaya: no cierres conn al final del bucle de accept(), pasáselo a un hilo.`,
    'broadcast-none': () =>
      'Ningún otro cliente recibió la línea, ni siquiera quien la envió. Puede que el servidor todavía no lea líneas, o no se las mande a nadie: después de recv(), recorré la lista de clientes y mandásela a cada uno menos a quien la envió.',
    'broadcast-sender-only': () =>
      'La línea volvió solo a quien la envió: el servidor responde por conn, el socket de quien escribió. Guardá una lista con todos los sockets conectados y mandásela a cada uno de los otros.',
    'broadcast-partial': (d) =>
      `Solo ${d.reached} de los otros ${d.of} clientes recibió la línea. El servidor le manda a uno, no a todos: recorré la lista entera (y agregá cada cliente cuando accept() vuelve).`,
    'concurrent-blocked': () =>
      'Mientras un cliente estaba callado, los otros no pudieron hablar: el servidor está trabado en recv() con el callado. Atendé a cada cliente en su propio hilo (threading.Thread(target=atender, args=(conn, addr)).start()) para que accept() siga corriendo.',
    'split-line-cut': () =>
      'Una línea escrita en dos partes llegó como dos mensajes. TCP es un flujo de bytes: un recv() no es un mensaje. Guardá un buffer por cliente, sumale lo que devuelve recv(), y procesá el texto solo hasta cada \\n.',
    'split-line-none': () =>
      'Una línea escrita en dos partes nunca llegó. Puede que el servidor espere la línea entera en un solo recv() y descarte las partes: guardá un buffer por cliente y cortalo en cada \\n.',
    'two-lines-merged': () =>
      'Dos líneas enviadas juntas llegaron como un solo mensaje (la segunda sin lo que el servidor pone antes de cada línea). Un recv() puede traer varias líneas: cortá el buffer en cada \\n y procesá cada línea.',
    'two-lines-none': () =>
      'De dos líneas enviadas juntas, al menos una nunca llegó. Un recv() puede traer varias líneas: cortá el buffer en cada \\n y procesá cada línea.',
    'utf8-none': () =>
      'La línea con ñandú € nunca llegó. El corte cayó dentro de la ñ (2 bytes), así que decodificar cada pedazo de recv() lanzó UnicodeDecodeError y mató el hilo de ese cliente. Decodificá solo líneas enteras: cortá el buffer de bytes en b"\\n" y después line.decode("utf-8").',
    'utf8-mojibake': () =>
      'La ñ llegó como Ã±: el servidor leyó bytes UTF-8 como Latin-1. Decodificá con "utf-8" (data.decode("utf-8"), no "latin-1"), y codificá con "utf-8" al enviar.',
    'utf8-latin1': () =>
      'La ñ llegó como el byte suelto \\xf1: el servidor codificó el texto como Latin-1 (y el € puede haberlo roto). Usá .encode("utf-8") al enviar.',
    'utf8-changed': () =>
      'La línea llegó con otros bytes que los enviados (quizás caracteres reemplazados). Reenviá los bytes de la línea entera, o decodificala y codificala con "utf-8", sin errors="replace".',
    'long-line-cut': () =>
      'Una línea de 8 KiB llegó en pedazos: el servidor tomó lo que devolvió un recv(1024) como un mensaje entero. Seguí leyendo en un buffer hasta que tenga un \\n.',
    'long-line-truncated': (d) =>
      `De una línea de 8 KiB llegaron solo los primeros ${d.bytes} bytes: el servidor corta las líneas largas. Si ese límite es a propósito, podés ignorar esta prueba; si no, seguí leyendo en un buffer hasta que tenga un \\n.`,
    'long-line-none': () =>
      'Una línea de 8 KiB nunca llegó. Puede que el servidor corte o descarte datos largos: seguí leyendo en un buffer hasta que tenga un \\n.',
    'clean-leave-flood': (d) =>
      `Cuando un cliente cerró, los otros recibieron ${d.lines} líneas vacías. recv() devuelve b"" cuando el otro lado cerró: fijate "if not data: break", y después sacá ese cliente de la lista y cerrá su socket.`,
    'clean-leave-stuck': () =>
      'Cuando un cliente cerró, los otros ya no pudieron hablar. recv() devuelve b"" cuando un cliente cierra: salí del bucle de ese cliente, sacalo de la lista, cerrá su socket y dejá a los demás funcionando.',
    'abrupt-leave-first': () =>
      'Cuando un cliente se cayó (un reset, RST), los otros no pudieron hablar. send() y recv() lanzan ConnectionResetError o BrokenPipeError con un socket muerto: envolvelos en try/except OSError y sacá a ese cliente.',
    'abrupt-leave-second': () =>
      'Cuando un cliente se cayó (RST), pasó una línea más y después nada: el hilo de quien enviaba murió con el socket del cliente caído. Poné el send() a cada cliente en try/except OSError y sacá a los que fallen.',
    'churn-missing': (d) =>
      `Mientras entraban y salían 30 clientes, ${d.missing} de ${d.of} líneas nunca llegaron a un cliente que escuchaba todo el tiempo. La lista de clientes cambió mientras el servidor la recorría ("changed size during iteration"): protegé cada uso de la lista con un mismo threading.Lock, o recorré una copia (list(clientes)).`,
    'churn-order': () =>
      'Mientras entraban y salían clientes, las líneas llegaron desordenadas. Mandá cada línea a todos antes de procesar la siguiente, con un mismo threading.Lock.',
    'slow-reader-blocked': (d) =>
      `Con un cliente que nunca lee, la sala se frenó: el que escuchaba recibió ${d.bytes} de ${d.of} bytes, y una línea nueva no llegó en 3 s. sendall() a un cliente con el buffer lleno espera para siempre, y con él el hilo de quien envía (y el lock). Dale a cada cliente su propia cola y su hilo para enviar, o desconectá al que no da abasto.`,
    'users-missing': (d) =>
      `/users nombró a ${d.named} de los ${d.of} clientes conectados. Listá cada socket de la lista con su tupla de dirección, p. ej. ('127.0.0.1', 54321).`,
    'users-none': () =>
      'El servidor no respondió /users con las direcciones de los clientes, así que esta prueba se salteó. Es opcional.',
    'client-none': () =>
      'Ningún cliente se conectó a tiempo. Corré tu cliente con el host y el puerto de arriba: s.connect((HOST, PUERTO)).',
    'client-utf8-none': () =>
      'No llegó ninguna línea de tu cliente. Mandá lo escrito seguido de "\\n": s.sendall((texto + "\\n").encode("utf-8")).',
    'client-utf8-no-newline': () =>
      'El texto llegó sin "\\n" al final, así que el servidor no sabe dónde termina la línea. input() saca el salto de línea: volvé a ponerlo, s.sendall((texto + "\\n").encode("utf-8")).',
    'client-utf8-latin1': () =>
      'La ñ llegó como el byte suelto \\xf1: tu cliente codifica como Latin-1. Usá .encode("utf-8").',
    'client-utf8-changed': () =>
      'Los bytes que llegaron no son "hola ñandú" en UTF-8. Mandá exactamente lo que se escribió, con .encode("utf-8"), y "\\n" al final.',
    'client-reads-stuck': (d) =>
      `Tu cliente no está leyendo: de ${d.of} bytes que mandó netlearn, ${d.bytes} siguen sin leer en su buffer de recepción. Leé en un hilo propio (threading.Thread(target=recibir)) con un bucle alrededor de s.recv(), así input() y recv() nunca se esperan entre sí.`,
    'client-reads-gone': (d) =>
      `Tu cliente se cerró o se cayó antes de leer: su socket ya no estaba mientras netlearn le mandaba ${d.of} bytes. Un cliente de chat sigue conectado y leyendo hasta que te vas: un hilo propio con un bucle alrededor de s.recv(), y s.close() solo con /quit o Ctrl+D.`,
    'client-close-reset': () =>
      'Tu cliente terminó con un reset (RST), no con un cierre limpio. Pasa cuando un socket se cierra con datos sin leer, o cuando el programa se cae. Leé hasta irte y después s.close() (o antes s.shutdown(socket.SHUT_WR)).',
    'client-close-none': () =>
      'Tu cliente no se cerró en el tiempo dado. Hacé que /quit o Ctrl+D lo terminen con s.close().',
  },
  plain: {
    checking: (p) => `Probando el servidor de chat en ${p.where}: ${p.count} pruebas`,
    line: (p) => `${p.status}  ${p.id}  ${p.name}  (${p.ms} ms)`,
    sent: 'enviado',
    received: 'recibido',
    lesson: (p) => `lección: netlearn lesson ${p.id}`,
    summary: (p) => `${p.passed} bien, ${p.failed} con falla, ${p.skipped} salteadas`,
    allGood: 'Pasaron todas las pruebas básicas.',
    unreachable: (p) =>
      `no hay nada escuchando en ${p.where}: ¿está corriendo tu servidor? Python diría ConnectionRefusedError.`,
    unreachableOther: (p) =>
      `no se puede llegar a ${p.where} (${p.code}): revisá el host y el puerto, y que tu servidor esté corriendo.`,
  },
  client: {
    listening: (p) => `netlearn escucha en ${p.where} y espera a tu cliente.`,
    pythonLine: (p) => `En tu cliente: s.connect(("${p.host}", ${p.port}))`,
    typeLine: 'Ahora escribí  hola ñandú  en tu cliente y apretá Enter.',
    closeNow: 'Ahora cerrá tu cliente (/quit, Ctrl+D o Ctrl+C).',
  },
  screen: {
    host: 'Host',
    port: 'Puerto',
    intro: 'Arrancá tu servidor de chat y apretá Enter: netlearn le conecta clientes reales y corre cada prueba.',
    target: (p) => `Probando ${p.where}`,
    runCount: (p) => `Intento ${p.count}`,
    waiting: 'en espera',
    running: 'corriendo…',
    noDiagnosis: 'Elegí una prueba para ver qué encontró.',
    lessonKey: (p) => `l abre la lección "${p.id}"`,
    detailKey: 'Enter muestra lo enviado y lo que llegó',
    nothingSent: '(nada)',
    keys: {
      start: 'probar',
      field: 'campo',
      select: 'elegir',
      details: 'enviado/recibido',
      rerun: 'otra vez',
      lesson: 'lección',
      edit: 'host/puerto',
    },
  },
};

export default words;
