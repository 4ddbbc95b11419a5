import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/exam.js';
import { visible } from '../visible-text.js';

const list = (items: InputErrorDetails[string]): string => (Array.isArray(items) ? items.join(', ') : String(items));
/** "línea 4: " cuando el error está en un archivo, nada cuando se escribió en la línea de comandos. */
const at = (d: InputErrorDetails) => (d.line === undefined ? '' : `línea ${d.line}: `);

/** Los errores de archivos de examen, ids de estudiante, códigos de entrega y CSV de códigos, y de las rondas. */
const exam: typeof en = {
  inputErrors: {
    'exam-file-unreadable': (d) =>
      `no se puede leer "${visible(d.part)}" (${d.code}). Dá la ruta del archivo, por ejemplo parcial.yaml.`,
    'exam-file-too-large': (d) =>
      `"${visible(d.part)}" pasa de ${d.max} bytes, demasiado para este archivo. Revisá que la ruta sea la del archivo correcto.`,
    'exam-not-yaml': (d) =>
      `la línea ${d.line} del examen no es YAML válido${d.part ? `: "${visible(d.part)}"` : ''}. Escribí un "campo: valor" por línea, como hace exam new.`,
    'exam-not-mapping': (d) =>
      `línea ${d.line}: un examen es una lista de campos (id, title, topics, count, minutes), uno por línea. Creá uno con netlearn exam new.`,
    'exam-field-unknown': (d) =>
      `línea ${d.line}: no existe el campo "${visible(d.field)}"${d.closest ? ` (¿quisiste decir ${d.closest}?)` : ''}. Los campos: ${list(d.allowed)}.`,
    'exam-field-missing': (d) => `línea ${d.line}: al examen le falta ${d.field}. Necesita: ${list(d.allowed)}.`,
    'exam-field-type': (d) =>
      `línea ${d.line}: ${d.field} es "${visible(d.part)}"; tiene que ser un solo valor en su línea, por ejemplo ${d.field}: 12.`,
    'exam-id-invalid': (d) =>
      `${at(d)}el id del examen "${visible(d.part)}" tiene que tener de 1 a 40 letras, dígitos, - o _. Dejá el id que escribió exam new.`,
    'exam-topics-empty': (d) => `${at(d)}el examen necesita al menos un tema: ${list(d.topics)}.`,
    'exam-topic-unknown': (d) =>
      `${at(d)}no hay un tema de examen "${visible(d.part)}"${d.suggestion ? ` (¿quisiste decir ${d.suggestion}?)` : ''}. Temas: ${list(d.topics)}.`,
    'exam-count-range': (d) =>
      `${at(d)}la cantidad de preguntas tiene que ser un entero de ${d.min} a ${d.max}, no "${visible(d.part)}".`,
    'exam-minutes-range': (d) =>
      `${at(d)}los minutos tienen que ser un entero de ${d.min} a ${d.max}, no "${visible(d.part)}".`,
    'exam-student-invalid': (d) =>
      `el id de estudiante "${visible(d.part)}" tiene que tener de 1 a 40 letras, dígitos, ., _, @ o -, por ejemplo --student 20931.`,
    'exam-student-missing': () => `decí de quién es el examen con --student, por ejemplo --student 20931.`,
    'exam-action-unknown': (d) =>
      `¿exam "${visible(d.part)}"? Hace: new, take, grade, key (por ejemplo netlearn exam take parcial.yaml --student 20931).`,
    'exam-code-char': (d) =>
      `el carácter ${d.index} del código, "${visible(d.part)}", no va en un código de entrega (dígitos y letras menos I, L, O, U). Leelo de nuevo de la pantalla del estudiante.`,
    'exam-code-length': (d) =>
      `el código tiene ${d.length} caracteres y uno de este examen tiene ${d.expected}: falta o sobra un carácter. Leelo de nuevo de la pantalla del estudiante.`,
    'exam-code-typo': (d) =>
      `el código tiene un error en el grupo ${d.groups} (${visible(d.part)}): leé ese grupo de nuevo de la pantalla del estudiante.`,
    'exam-code-other-exam': (d) =>
      `el código es de otro examen, no de ${d.part}. Revisá que el archivo sea el del examen que rindió.`,
    'exam-code-other-student': (d) =>
      `el código se hizo para otro id de estudiante, no ${visible(d.part)}: no se califica. Revisá el id de esa fila.`,
    'exam-csv-invalid': (d) =>
      `la línea ${d.line} del archivo de códigos no es CSV válido (${d.reason}). Cerrá cada comilla y dejá la misma cantidad de columnas en cada fila.`,
    'exam-csv-header': (d) =>
      `la línea ${d.line} del archivo de códigos tiene que ser un encabezado con student_id y code (name es opcional), no "${visible(d.part)}".`,
    'exam-csv-too-long': (d) =>
      `línea ${d.line}: el archivo de códigos tiene más de ${d.max} filas. Dividilo, un archivo por curso.`,
    'exam-csv-field-empty': (d) => `la línea ${d.line} del archivo de códigos no tiene ${d.field}.`,
    'drill-topic-unknown': (d) =>
      `no hay una ronda "${visible(d.part)}"${d.suggestion ? ` (¿quisiste decir ${d.suggestion}?)` : ''}. Rondas: ${list(d.topics)}.`,
  },
};

export default exam;
