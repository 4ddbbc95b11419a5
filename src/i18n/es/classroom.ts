import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type en from '../en/classroom.js';

const list = (items: InputErrorDetails[string]): string => (Array.isArray(items) ? items.join(', ') : String(items));

/** Lo que core/class/roster.ts dice de una lista de la clase, scan.ts de --scan y el comando class de sus opciones. */
const classroom: typeof en = {
  inputErrors: {
    'roster-empty': () =>
      'la lista no tiene estudiantes. Escribí uno por línea: id,nombre,host[:puerto], p. ej. 20931,Ana Peña,192.168.1.23:5050.',
    'roster-quote': (d: InputErrorDetails) =>
      `línea ${d.line} de la lista: unas comillas no se cierran. Cerralas, o escribí el nombre sin comillas.`,
    'roster-columns': (d: InputErrorDetails) =>
      `la línea ${d.line} de la lista tiene ${d.count} campo${d.count === 1 ? '' : 's'}; cada línea necesita 3: id,nombre,host[:puerto]. Un nombre con coma va entre comillas: "Peña, Ana".`,
    'roster-id-empty': (d: InputErrorDetails) =>
      `la línea ${d.line} de la lista no tiene el id del estudiante. Escribilo primero.`,
    'roster-host': (d: InputErrorDetails) =>
      `línea ${d.line} de la lista: "${visible(d.part)}" no es un host ni host:puerto. Escribí una dirección, un nombre o [v6]:puerto, p. ej. 192.168.1.23:5050.`,
    'roster-duplicate': (d: InputErrorDetails) =>
      `la línea ${d.line} de la lista repite el id "${visible(d.part)}" de la línea ${d.first}. Dale a cada estudiante su propio id.`,
    'roster-too-many': (d: InputErrorDetails) =>
      `la lista tiene ${d.count} líneas, y una clase puede tener como mucho ${d.max} estudiantes. Revisá que --roster sea la lista de la clase.`,
    'roster-too-large': (d: InputErrorDetails) =>
      `la lista pesa más de ${d.max}; una lista de clase es mucho más chica. Revisá que --roster sea la lista de la clase.`,
    'class-name-invalid': (d: InputErrorDetails) =>
      `"${visible(d.part)}" no sirve como nombre de clase: usá de 1 a 64 letras, dígitos, espacios, puntos, _ o -, p. ej. redes-2026.`,
    'class-verb-unknown': (d: InputErrorDetails) =>
      `netlearn class no tiene "${visible(d.part)}"${d.closest ? ` (¿quisiste decir ${d.closest}?)` : ''}. Tiene: init, sweep, history, export, list.`,
    'class-name-missing': (d: InputErrorDetails) =>
      `netlearn class ${d.part} necesita el nombre de la clase, p. ej. netlearn class ${d.part} redes.`,
    'class-export-format': () =>
      'decí qué exportar: --csv (para la plataforma del curso), --json (una línea por estudiante) o --feedback CARPETA (una página por estudiante).',
    'class-every-invalid': (d: InputErrorDetails) =>
      `--every lleva un tiempo como 30s, 5m o 1h, de ${d.min} segundos a ${d.max} horas, no "${visible(d.part)}".`,
    'class-parallel-invalid': (d: InputErrorDetails) =>
      `--parallel lleva cuántos servidores probar a la vez, de 1 a ${d.max}, no "${visible(d.part)}".`,
    'class-roster-or-scan': () =>
      'una clase necesita a sus estudiantes: --roster ARCHIVO (id,nombre,host[:puerto] por línea) o --scan CIDR --port P (los servidores que escuchan en el aula).',
    'scan-not-local': (d: InputErrorDetails) =>
      `${visible(d.part)} no es una red en la que esté esta máquina, y netlearn solo explora el aula en la que está. Sus redes: ${list(d.choices)}${(d.choices as readonly string[]).length > 0 ? ', ' : ''}y loopback 127.0.0.0/8.`,
    'scan-too-large': (d: InputErrorDetails) =>
      `${visible(d.part)} tiene ${d.count} direcciones; una exploración prueba como mucho ${d.max}. Dá la parte de la red que es el aula, p. ej. una /24.`,
    'scan-invalid': (d: InputErrorDetails) => `--scan lleva una red, p. ej. 192.168.1.0/24, no "${visible(d.part)}".`,
  },
};

export default classroom;
