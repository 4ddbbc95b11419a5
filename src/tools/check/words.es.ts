import { joinHostPort } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import { byRuntime } from './by-runtime.js';
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
      profile: 'Un archivo YAML (o netlearn, name-first, length-prefix) que dice cómo habla tu chat',
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
      'Pruebas: connect, broadcast, concurrent, split-line, two-lines, utf8, long-line, clean-leave, abrupt-leave, churn (básicas), slow-reader, users (avanzadas). Primero un veredicto y su causa, después cada prueba. Sale con 0 si el veredicto es bien, 1 si es falla (falló una básica, o con --strict cualquiera, o una falla de todo el servidor como líneas perdidas o tardías, o no hay nada escuchando), 2 si la entrada o el perfil están mal.',
  },
  names: {
    connect: '3 clientes se conectan y siguen conectados',
    broadcast: 'una línea llega a los demás',
    concurrent: 'un cliente callado no traba a nadie',
    'split-line': 'dos líneas enviadas en mitades a la vez llegan enteras',
    'two-lines': 'una línea vacía, y dos líneas en un solo envío',
    utf8: 'ñandú € llega byte por byte, cortado o no',
    'long-line': 'una línea de 64 KiB llega entera',
    'clean-leave': 'un cliente que cierra se va sin ruido',
    'abrupt-leave': 'un cliente que desaparece con un reset (RST) en medio de un envío no rompe nada',
    churn: 'entran y salen 30 clientes, sin perder líneas',
    'slow-reader': 'un cliente que deja de leer no traba a nadie ni pierde nada',
    users: '/users muestra la tupla de dirección de todos',
    'client-connect': 'tu cliente se conecta',
    'client-utf8': 'envía "hola ñandú" como una línea UTF-8',
    'client-reads': 'sigue leyendo cuando no hacés nada',
    'client-close': 'cierra limpio (FIN, no RST)',
  },
  status: { pass: 'bien', fail: 'FALLA', skip: 'salteada', 'not-run': 'no corrió', running: '…' },
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
      `El servidor cerró ${d.closed === 1 ? 'una conexión' : `${d.closed} conexiones`} apenas las aceptó. Dejá abierto el socket de cada cliente hasta que ese cliente se vaya: no cierres conn al final del bucle de accept(), pasáselo a un hilo.`,
    'broadcast-none': () =>
      'Ningún otro cliente recibió la línea, ni siquiera quien la envió. Puede que el servidor todavía no lea líneas, o no se las mande a nadie: después de recv(), recorré la lista de clientes y mandásela a cada uno menos a quien la envió.',
    'broadcast-sender-only': () =>
      'La línea volvió solo a quien la envió: el servidor responde por conn, el socket de quien escribió. Guardá una lista con todos los sockets conectados y mandásela a cada uno de los otros.',
    'broadcast-partial': (d) =>
      `Solo ${d.reached} de los otros ${d.of} clientes recibió la línea. El servidor le manda a uno, no a todos: recorré la lista entera (y agregá cada cliente cuando accept() vuelve).`,
    'broadcast-no-newline': () =>
      'La línea llegó a los demás sin un "\\n" al final. Un cliente de chat lee hasta el fin de línea, así que espera para siempre: mandá cada mensaje con su "\\n" (conn.sendall((texto + "\\n").encode("utf-8"))).',
    'broadcast-late': (d) =>
      `La línea llegó a los demás, pero recién a los ${d.ms} ms (un servidor que anda tarda unos pocos). Algo espera antes de cada envío: un sleep(), o un envío lento dentro del lock que todos los hilos tienen que esperar.`,
    'broadcast-one-at-a-time': (d) =>
      `Ningún otro cliente recibió la línea, y ${d.waiting === 1 ? 'una conexión seguía' : `${d.waiting} conexiones seguían`} esperando el accept(): el servidor habla con un cliente por vez y acepta al siguiente recién cuando ese se va. Atendé a cada cliente en su propio hilo (threading.Thread(target=atender, args=(conn, addr)).start()), o con selectors o asyncio, para que accept() siga corriendo.`,
    'broadcast-protocol': () =>
      'Los demás recibieron la línea envuelta en JSON, no la línea misma. Si tu curso pide JSON, corré la prueba con un perfil que lo diga (--profile, mirá el README); si no, mandá el texto tal como llegó, con "\\n".',
    'concurrent-blocked': () =>
      'Mientras un cliente estaba callado, los otros no pudieron hablar: el servidor está trabado en recv() con el callado. Atendé a cada cliente en su propio hilo (threading.Thread(target=atender, args=(conn, addr)).start()) para que accept() siga corriendo.',
    'split-line-cut': () =>
      'Una línea escrita en dos partes llegó como dos mensajes. TCP es un flujo de bytes: un recv() no es un mensaje. Guardá un buffer por cliente, sumale lo que devuelve recv(), y procesá el texto solo hasta cada \\n.',
    'split-line-none': () =>
      'Una línea escrita en dos partes nunca llegó. Puede que el servidor espere la línea entera en un solo recv() y descarte las partes: guardá un buffer por cliente y cortalo en cada \\n.',
    'split-line-mixed': () =>
      'Dos clientes mandaron media línea cada uno al mismo tiempo, y sus mitades salieron mezcladas en una sola línea. Tené un buffer por cliente (una variable local de su hilo, o un dict por socket), nunca un buffer para todos.',
    'two-lines-merged': () =>
      'Dos líneas enviadas juntas llegaron como un solo mensaje (la segunda sin lo que el servidor pone antes de cada línea). Un recv() puede traer varias líneas: cortá el buffer en cada \\n y procesá cada línea.',
    'two-lines-none': () =>
      'De dos líneas enviadas juntas, al menos una nunca llegó. Un recv() puede traer varias líneas: cortá el buffer en cada \\n y procesá cada línea.',
    'empty-line-stops': () =>
      'Después de una línea vacía el servidor cerró a ese cliente. Una línea vacía es solo una línea sin nada: salteala (if not linea: continue); solo recv() devolviendo b"" quiere decir que el cliente se fue.',
    'utf8-decode-error': () =>
      'Después de una línea con ñ, a ese cliente no se lo volvió a escuchar, mientras a los demás sí: decodificar la línea lanzó UnicodeDecodeError y terminó su hilo. Decodificá con "utf-8" (no "ascii"), y atrapá el error para que una línea mala no termine a un cliente.',
    'utf8-none': () =>
      'La línea con ñandú € nunca llegó. El corte cayó dentro de la ñ (2 bytes), así que decodificar cada pedazo de recv() lanzó UnicodeDecodeError y mató el hilo de ese cliente. Decodificá solo líneas enteras: cortá el buffer de bytes en b"\\n" y después line.decode("utf-8").',
    'utf8-mojibake': () =>
      'La ñ llegó como Ã±: el servidor leyó bytes UTF-8 como Latin-1. Decodificá con "utf-8" (data.decode("utf-8"), no "latin-1"), y codificá con "utf-8" al enviar.',
    'utf8-latin1': () =>
      'La ñ llegó como el byte suelto \\xf1: el servidor codificó el texto como Latin-1 (y el € puede haberlo roto). Usá .encode("utf-8") al enviar.',
    'utf8-changed': () =>
      'La línea llegó con otros bytes que los enviados (quizás caracteres reemplazados). Reenviá los bytes de la línea entera, o decodificala y codificala con "utf-8", sin errors="replace".',
    'long-line-cut': () =>
      'Una línea de 64 KiB llegó en pedazos: el servidor tomó lo que devolvió un recv(1024) como un mensaje entero. Seguí leyendo en un buffer hasta que tenga un \\n.',
    'long-line-truncated': (d) =>
      `De una línea de 64 KiB llegaron solo los primeros ${d.bytes} bytes: el servidor corta las líneas largas. Si ese límite es a propósito, podés ignorar esta prueba; si no, seguí leyendo en un buffer hasta que tenga un \\n.`,
    'long-line-none': () =>
      'Una línea de 64 KiB nunca llegó. Puede que el servidor corte o descarte datos largos: seguí leyendo en un buffer hasta que tenga un \\n.',
    'clean-leave-flood': (d) =>
      `Cuando un cliente cerró, los otros recibieron ${d.lines} líneas vacías. recv() devuelve b"" cuando el otro lado cerró: fijate "if not data: break", y después sacá ese cliente de la lista y cerrá su socket.`,
    'clean-leave-stuck': () =>
      'Cuando un cliente cerró, los otros ya no pudieron hablar. recv() devuelve b"" cuando un cliente cierra: salí del bucle de ese cliente, sacalo de la lista, cerrá su socket y dejá a los demás funcionando.',
    'abrupt-leave-first': () =>
      'Cuando un cliente se fue con un reset (RST: cerró con datos sin leer), los otros no pudieron hablar. send() y recv() lanzan ConnectionResetError o BrokenPipeError con un socket muerto: envolvelos en try/except OSError y sacá a ese cliente.',
    'abrupt-leave-second': () =>
      'Cuando un cliente se fue con un reset (RST), pasó una línea más y después nada: el hilo de quien enviaba murió con el socket de ese cliente. Poné el send() a cada cliente en try/except OSError y sacá a los que fallen.',
    'churn-missing': (d) =>
      `Mientras entraban y salían 30 clientes, ${d.missing} de ${d.of} líneas nunca llegaron a un cliente que escuchaba todo el tiempo. La lista de clientes cambió mientras el servidor la recorría ("changed size during iteration"): protegé cada uso de la lista con un mismo threading.Lock, o recorré una copia (list(clientes)).`,
    'sender-closed': () =>
      'El servidor cerró a un cliente justo después de que mandó una línea, así que sus líneas no llegaron a ningún lado. Casi siempre un cliente que se fue sigue en la lista del servidor, y mandarle algo falla dentro del manejo del que envía: sacá a cada cliente de la lista cuando se va, y atrapá el error de cada envío por separado, para que nunca termine al que envía.',
    'churn-order': () =>
      'Mientras entraban y salían clientes, las líneas llegaron desordenadas. Mandá cada línea a todos antes de procesar la siguiente, con un mismo threading.Lock.',
    'slow-reader-blocked': (d) =>
      `Con un cliente que nunca lee, la sala se frenó: el que escuchaba recibió ${d.bytes} de ${d.of} bytes, y una línea nueva no llegó en 3 s. sendall() a un cliente con el buffer lleno espera para siempre, y con él el hilo de quien envía (y el lock). Dale a cada cliente su propia cola y su hilo para enviar, o desconectá al que no da abasto.`,
    'slow-reader-lost': (d) =>
      `El cliente que dejó de leer perdió ${d.lost} de las ${d.of} líneas mientras seguía conectado. Un send() no bloqueante puede tomar solo parte de los bytes: guardá lo que no tomó en el buffer propio de ese cliente y mandalo cuando el socket vuelva a aceptar (o usá sendall() en un hilo propio).`,
    'users-missing': (d) =>
      `/users nombró a ${d.named} de los ${d.of} clientes conectados. Listá cada socket de la lista con su tupla de dirección, p. ej. ('127.0.0.1', 54321).`,
    'users-none': () =>
      'El servidor no respondió /users con las direcciones de los clientes, así que esta prueba se salteó. Es opcional.',
    'not-run': (d) =>
      d.halted
        ? `No corrió: la falla de arriba apareció durante ${d.needs}, y cada prueba después solo la repetiría.`
        : `No corrió: necesita ${d.needs}, que no pasó.`,
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
      'Tu cliente terminó con un reset (RST), no con un cierre limpio. Pasa cuando un socket se cierra con datos sin leer, lo cierre el programa o termine (un programa matado sin nada pendiente cierra con un FIN limpio). Leé hasta irte y después s.close() (o antes s.shutdown(socket.SHUT_WR)).',
    'client-close-none': () =>
      'Tu cliente no se cerró en el tiempo dado. Hacé que /quit o Ctrl+D lo terminen con s.close().',
  },
  plain: {
    checking: (p) => `Probando el servidor de chat en ${p.where}: ${p.count} ${p.count === 1 ? 'prueba' : 'pruebas'}`,
    line: (p) => `${p.status}  ${p.id}  ${p.name}  (${p.ms} ms)`,
    sent: 'enviado',
    received: 'recibido',
    lesson: (p) => `lección: netlearn lesson ${p.id}`,
    summary: (p) =>
      `${p.passed} bien, ${p.failed} con falla, ${p.skipped} ${p.skipped === 1 ? 'salteada' : 'salteadas'}` +
      (p.notRun ? `, ${p.notRun} sin correr` : ''),
    allGood: 'Pasaron todas las pruebas básicas.',
    unreachable: (p) =>
      `no hay nada escuchando en ${p.where}: ¿está corriendo tu servidor? Python diría ConnectionRefusedError.`,
    unreachableOther: (p) =>
      `no se puede llegar a ${p.where} (${p.code}): revisá el host y el puerto, y que tu servidor esté corriendo.`,
  },
  judgement: {
    verdict: { pass: 'Veredicto: bien', fail: 'Veredicto: falla' },
    process: (p) => `Tu servidor es \`${p.command}\`, pid ${p.pid}.`,
    name: (p) => `Le pide un nombre a cada cliente primero; netlearn contestó con nombres como "${p.name}".`,
    explained: 'Otra vez la falla de arriba, no un error propio.',
    causes: {
      ok: () => 'Pasaron todas las pruebas que cuentan: este servidor hace lo que tiene que hacer un servidor de chat.',
      'asks-name': () => 'Pasaron todas las pruebas que cuentan, dando primero un nombre como pidió el servidor.',
      unreachable: (d) =>
        d.otherFamily
          ? `En la dirección que diste no escucha nadie, pero en ${d.otherFamily} sí: tu servidor escucha en la otra familia de direcciones. Probá ${d.otherFamily} (netlearn check ${d.otherFamily} --port …), o hacé bind en "::" con IPV6_V6ONLY apagado (o en "0.0.0.0") para atender en las dos.`
          : `Nada aceptó una conexión (${d.code}). ¿Está corriendo tu servidor, en este host y puerto? Arrancalo primero y volvé a probar.`,
      'closes-clients': (d) =>
        `Cuando ya se habían conectado ${d.opened} clientes en esta prueba, el servidor empezó a cerrar a los nuevos apenas entraban${d.sample ? ` (dijo: ${d.sample})` : ''}. Todas las fallas que siguen son esto. Contá solo los clientes conectados ahora: sacá a cada uno de tu lista (y del contador) cuando se va.`,
      'server-died': (d) =>
        `Tu servidor dejó de contestar durante "${d.during}": se cayó o terminó. ${byRuntime(d.runtime, 'En Python, una excepción que nadie atrapa (ConnectionResetError, BrokenPipeError) termina el hilo, o con selectors el programa entero: envolvé recv() y send() en try/except OSError.', "En Node, un evento 'error' de un socket sin manejador tira abajo el proceso: agregá socket.on('error', ...) a cada cliente.", 'Atrapá los errores de recv() y send() de un cliente, e ignorá SIGPIPE (signal(SIGPIPE, SIG_IGN) o MSG_NOSIGNAL).')} Las pruebas que seguían no corrieron.`,
      'port-shared': (d) =>
        `Hay ${d.listeners} programas escuchando en este puerto a la vez (SO_REUSEPORT), y cada uno recibe solo a algunos clientes, así que una línea llega solo a algunos. Pará la otra copia (netlearn sockets --port las muestra) y corré un solo servidor.`,
      protocol: (d) =>
        d.json
          ? `Tu servidor contesta en JSON (${d.sample}), no en líneas de texto. Si ese es el protocolo de tu curso, decilo con --profile; si no, mandá cada mensaje como su texto y "\\n".`
          : `Tu servidor contesta${d.sample ? ` (${d.sample})` : ''}, pero nada de lo que manda tiene lo que escribió otro cliente. Puede que espere otro protocolo (un largo antes de cada mensaje, un comando): dale a netlearn un --profile que lo describa.`,
      encoding: (d) =>
        d.encoding === 'latin-1'
          ? 'Tu servidor manda el texto en Latin-1, no en UTF-8: la ñ llega como un byte que otro programa no puede leer. Codificá con "utf-8".'
          : `Tu servidor manda el texto en ${String(d.encoding).toUpperCase()}${d.bom ? ' con marca de orden de bytes (BOM)' : ''}, no en UTF-8: cada carácter ocupa dos bytes y ningún cliente UTF-8 lo puede leer. ${byRuntime(d.runtime, 'Usá .encode("utf-8"), no "utf-16".', "Usá Buffer.from(texto, 'utf8') (o socket.write(texto, 'utf8')), no 'utf16le'.", 'Mandá los bytes UTF-8 del texto.')} Todas las fallas que siguen son esto.`,
      'decode-error': () =>
        'Una línea con ñ terminó a ese cliente en el servidor: decodificar lanzó UnicodeDecodeError y su hilo murió, mientras los demás siguieron. Decodificá con "utf-8", y atrapá UnicodeDecodeError alrededor del decode para que una línea no pueda terminar a un cliente.',
      'no-newline': () =>
        'Tu servidor manda los mensajes sin un "\\n" al final, así que ningún cliente sabe dónde termina uno y espera para siempre. Agregá "\\n" a cada mensaje que mandás. Todas las fallas que siguen son esto.',
      lost: (d) =>
        `Un cliente que dejó de leer un rato recibió ${d.received} de ${d.sent} líneas cuando volvió a leer, sin desconectarse: se perdieron ${d.lost}. Un send() no bloqueante puede tomar solo parte de los bytes: guardá el resto para ese cliente y mandalo cuando pueda recibir más.`,
      late: (d) =>
        `Las líneas llegan a los demás, pero tarde: ${d.medianMs} ms en el medio de ${d.count} (un servidor que anda en esta máquina tarda unos pocos). Algo espera antes de cada envío: un sleep(), o un envío lento dentro de un lock que comparten todos.`,
      leak: (d) =>
        d.kind === 'close-wait'
          ? `Cuando los clientes se fueron, ${d.after} sockets quedaron en CLOSE_WAIT (antes había ${d.before}): tu servidor nunca cierra el socket de un cliente que se fue. Cuando recv() devuelve b"" (o llega 'end'), cerralo.`
          : d.kind === 'threads'
            ? `Tu servidor tenía ${d.before} hilos antes y ${d.after} después de que se fueron todos: el hilo de cada cliente nunca termina. Salí del bucle cuando recv() devuelve b"" y dejá que el hilo termine.`
            : `Tu servidor tenía ${d.before} archivos abiertos antes y ${d.after} después de que se fueron todos: se queda con el socket de cada cliente. Cerralo cuando el cliente se va.`,
      broadcast: (d) =>
        `Una línea no llega a los otros clientes (prueba "${d.check}"); su párrafo de abajo dice por qué.`,
      concurrency: (d) => `Un cliente puede trabar a los demás (prueba "${d.check}"); su párrafo de abajo dice cómo.`,
      framing: (d) => `Las líneas no llegan como se mandaron (prueba "${d.check}"); su párrafo de abajo dice cómo.`,
      leave: (d) =>
        `Que un cliente se vaya rompe el chat para los demás (prueba "${d.check}"); su párrafo de abajo dice cómo.`,
      users: (d) => `/users no muestra a todos los clientes (prueba "${d.check}").`,
      stuck: (d) => `El servidor dejó de responder durante "${d.check}" sin cerrar: algo espera para siempre.`,
    },
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
