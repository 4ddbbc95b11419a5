import check from '../words.es.js';
import type { ClassWords } from './words.en.js';

/** `netlearn class`: la clase de un docente, sus barridos con `check` y la libreta de notas. */
const words: ClassWords = {
  title: 'Clase',
  hint: 'Para docentes: probá el servidor de chat de cada estudiante a la vez, con libreta de notas',
  help: {
    summary: 'La clase de un docente: prueba el servidor de cada estudiante con `check`, guarda las notas, las exporta',
    options: {
      roster: 'Para init: la lista de la clase, un CSV con líneas id,nombre,host[:puerto] (, o ;)',
      scan: 'Para init: en vez de una lista, busca los servidores que escuchan en una red de esta aula, p. ej. 192.168.1.0/24',
      port: 'Para init: el puerto de una línea de la lista que no lo dice, y el que prueba --scan (5050 si no)',
      profile: 'Para init: el perfil YAML del trabajo práctico (cómo habla el chat, puntos por prueba)',
      parallel: 'Para sweep: cuántos servidores probar a la vez (8 si no)',
      every: 'Para sweep: volver a barrer cada tanto, p. ej. 5m, hasta Ctrl+C',
      timeout: 'Para sweep: segundos que puede tardar cada espera de check (3 si no)',
      only: 'Para sweep: solo estas pruebas, p. ej. --only connect,broadcast',
      strict: 'Para sweep: las pruebas avanzadas también cuentan para el veredicto',
      csv: 'Para export: un CSV para la plataforma del curso (student_id,name,score,passed,failed,comments)',
      excel: 'Para export: con --csv, un BOM y ; para que Excel en español lo abra en columnas',
      feedback: 'Para export: escribe una página Markdown por estudiante en esta carpeta',
      exam: 'Para export: con --csv o --json, las notas de este examen (netlearn exam grade --class) en vez de las pruebas',
      db: 'El archivo de la libreta (si no, en tu carpeta de datos)',
    },
    examples: [
      'netlearn class init redes --roster alumnos.csv --profile tarea3.yaml',
      'netlearn class init lab --scan 192.168.1.0/24 --port 5050',
      'netlearn class sweep redes',
      'netlearn class sweep redes --every 5m',
      'netlearn class history redes 20931',
      'netlearn class export redes --csv --excel > notas.csv',
      'netlearn class export redes --feedback devoluciones/',
    ],
    details:
      'Verbos: init NOMBRE (una clase desde una lista o una exploración), sweep NOMBRE (prueba cada servidor y guarda los resultados), history NOMBRE [ESTUDIANTE] (cuándo pasó cada prueba por primera vez), export NOMBRE (--csv, --json o --feedback CARPETA), list (las clases). Cada barrido queda en una libreta SQLite. Sale con 0 cuando terminó, 2 ante una entrada mal escrita, 1 cuando no puede usar la libreta.',
  },
  check,
  plain: {
    created: (p) =>
      `Clase ${p.name}: ${p.count} ${p.count === 1 ? 'estudiante' : 'estudiantes'}. Barrela: netlearn class sweep ${p.name}`,
    scanning: (p) => `Buscando servidores en el puerto ${p.port} en ${p.count} direcciones de ${p.cidr}…`,
    sweeping: (p) =>
      `Barriendo ${p.name}: ${p.count} ${p.count === 1 ? 'servidor' : 'servidores'}, ${p.parallel} a la vez`,
    student: (p) => `${p.id}  ${p.name}  ${p.where}  ${p.score}  ${p.verdict}: ${p.sentence}`,
    swept: (p) =>
      `Barrido en ${p.seconds} s: ${p.passed} aprobados, ${p.failed} con fallas, ${p.unreachable} sin respuesta.`,
    nextSweep: (p) => `Próximo barrido en ${p.minutes}; Ctrl+C termina.`,
    noClasses: 'Todavía no hay clases. Creá una: netlearn class init NOMBRE --roster ARCHIVO',
    classLine: (p) =>
      `${p.name}  ${p.count} ${p.count === 1 ? 'estudiante' : 'estudiantes'}  ${p.sweeps} ${p.sweeps === 1 ? 'barrido' : 'barridos'}  ${p.last}`,
    neverSwept: 'sin barrer',
    historyHead: (p) => `${p.id}  ${p.name}`,
    firstPassed: (p) => `  ${p.check}: pasó por primera vez ${p.at}`,
    neverPassed: '  Todavía no pasó ninguna prueba.',
    noRun: 'sin barrer: todavía no tiene nota.',
    feedbackWritten: (p) => `${p.count} ${p.count === 1 ? 'página escrita' : 'páginas escritas'} en ${p.dir}`,
    late: 'La prueba tardó más que su plazo; las siguientes no se corrieron.',
    found: (p) => `${p.count === 1 ? 'Encontré 1 servidor' : `Encontré ${p.count} servidores`}.`,
  },
  comments: {
    unreachable: 'Nadie respondió en tu dirección cuando se barrió la clase: ¿estaba corriendo tu servidor?',
    failedChecks: (p) => `Fallaron: ${p.ids}.`,
    read: (p) => `Leé: ${p.lessons}.`,
  },
  page: {
    title: (p) => `# ${p.name}: tu servidor de chat`,
    score: (p) => `Nota: **${p.score} de ${p.max}**, probado el ${p.when}.`,
    verdict: 'Qué encontró la prueba',
    checks: 'Cada prueba',
    lessons: 'Lecciones para leer',
    lessonLine: (p) => `- \`netlearn lesson ${p.id}\``,
    status: { pass: 'pasó', fail: 'falló', skip: 'salteada', 'not-run': 'no se corrió' },
  },
  errors: {
    rosterUnreadable: (p) =>
      `no puedo leer la lista ${p.path} (${p.code}). Dá la ruta de un CSV con líneas id,nombre,host[:puerto].`,
    noneFound: (p) =>
      `ningún servidor respondió en el puerto ${p.port} en ${p.cidr}. ¿Están corriendo los servidores de los estudiantes, en 0.0.0.0 y no en 127.0.0.1?`,
  },
  screen: {
    pick: 'Elegí una clase',
    noClasses:
      'Todavía no hay clases. Un docente crea una en la línea de comandos: netlearn class init NOMBRE --roster ARCHIVO',
    student: 'Estudiante',
    score: 'Nota',
    verdict: 'Veredicto',
    waiting: 'en espera',
    running: 'probando…',
    unreachable: 'sin respuesta',
    never: 'sin barrer',
    progress: (p) => `${p.done} de ${p.total} probados`,
    idle: (p) => `Último barrido ${p.when}`,
    nextIn: (p) => `próximo barrido en ${p.seconds} s`,
    keys: { open: 'diagnóstico', rerun: 'este estudiante de nuevo', rerunAll: 'barrer a todos', back: 'volver' },
  },
};

export default words;
