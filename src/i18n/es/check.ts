import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type en from '../en/check.js';

const list = (items: InputErrorDetails[string]): string => (Array.isArray(items) ? items.join(', ') : String(items));

/** Los códigos de error de yaml con los que un docente puede hacer algo; el resto recibe solo el consejo general. */
const yamlReason: Record<string, string> = {
  DUPLICATE_KEY: ' (un campo aparece dos veces)',
  TAB_AS_INDENT: ' (se usa un tabulador para sangrar)',
  BAD_INDENT: ' (la sangría no está alineada)',
  MISSING_CHAR: ' (unas comillas o un corchete no se cierran)',
  MULTIPLE_DOCS: ' (hay más de un documento: sacá el --- de más)',
};

/** Lo que tiene que ser un campo (the `expected` of core/check/profile.ts: text, mapping, boolean, none-or-mapping). */
const valueKind: Record<string, string> = {
  text: 'un texto, entre comillas si tiene {, : o #',
  mapping: 'campos con sangría debajo, un "campo: valor" por línea',
  boolean: 'true o false',
  'none-or-mapping': 'none, o prompt y send con sangría debajo',
};

/** Lo que dice core/check/options.ts de un destino, --only o --timeout mal dados a `netlearn check`;
 * profile.ts, de un --profile. */
const check: typeof en = {
  inputErrors: {
    'check-two-ports': (d: InputErrorDetails) =>
      `dos puertos distintos: uno en "${d.part}" y --port ${d.port}. Dá el puerto una sola vez, p. ej. netlearn check ${d.part}.`,
    'check-only-empty': (d: InputErrorDetails) =>
      `--only necesita ids de pruebas separados por comas, p. ej. --only broadcast,utf8. Los ids: ${(d.choices as string[]).join(', ')}.`,
    'check-id-unknown': (d: InputErrorDetails) =>
      `no hay ninguna prueba "${d.part}"${d.closest ? ` (¿quisiste decir ${d.closest}?)` : ''}. Los ids: ${(d.choices as string[]).join(', ')}.`,
    'check-timeout-invalid': (d: InputErrorDetails) =>
      `--timeout tiene que ser una cantidad de segundos de ${d.min} a ${d.max}, p. ej. --timeout 5, no "${d.part}".`,
    'profile-unreadable': (d: InputErrorDetails) =>
      `no se puede leer el perfil "${visible(d.part)}" (${d.code}). Dá la ruta de un archivo YAML, o uno de los perfiles que trae netlearn: ${(d.known as readonly string[]).join(', ')}.`,
    'profile-too-large': (d: InputErrorDetails) =>
      `el perfil tiene ${d.size} bytes, y un perfil puede tener como mucho ${d.max}. Fijate que --profile nombre el perfil y no otro archivo.`,
    'profile-not-yaml': (d: InputErrorDetails) =>
      `la línea ${d.line} del perfil no es YAML válido${yamlReason[String(d.reason)] ?? ''}${d.part ? `: "${d.part}"` : ''}. Sangrá con espacios, poné dos puntos después de cada campo y comillas alrededor del texto que tenga {, : o #.`,
    'profile-not-mapping': (d: InputErrorDetails) =>
      `línea ${d.line}: un perfil es una lista de campos, un "campo: valor" por línea (p. ej. name: mi chat). Empezá de una copia de profiles/netlearn.yaml.`,
    'profile-field-unknown': (d: InputErrorDetails) =>
      `línea ${d.line}: no existe el campo ${d.field}${d.closest ? ` (¿quisiste decir ${d.closest}?)` : ''}. Los campos acá: ${list(d.allowed)}.`,
    'profile-field-missing': (d: InputErrorDetails) =>
      `línea ${d.line}: falta ${d.field}. Agregalo junto a los otros: ${list(d.allowed)}.`,
    'profile-field-type': (d: InputErrorDetails) =>
      `línea ${d.line}: ${d.field} es "${d.part}"; tiene que ser ${valueKind[String(d.expected)] ?? d.expected}.`,
    'profile-template-unquoted': (d: InputErrorDetails) =>
      `línea ${d.line}: ${d.field} necesita comillas, si no YAML lee {…} como un grupo de campos. Escribilo así: "${d.part}".`,
    'profile-choice-invalid': (d: InputErrorDetails) =>
      `línea ${d.line}: ${d.field} es "${d.part}"; se permite: ${list(d.allowed)}.`,
    'profile-placeholder-missing': (d: InputErrorDetails) =>
      `línea ${d.line}: ${d.field} es "${d.part}" y no tiene ${d.placeholder}. Poné ${d.placeholder} donde va ${d.placeholder === '{name}' ? 'el nombre' : 'el texto del mensaje'}, p. ej. "${d.placeholder}".`,
    'profile-placeholder-unknown': (d: InputErrorDetails) =>
      `línea ${d.line}: ${d.field} usa ${d.placeholder}, que netlearn no completa. Se permite ahí: ${list(d.allowed)}.`,
    'profile-prompt-invalid': (d: InputErrorDetails) =>
      `línea ${d.line}: ${d.field} "${d.part}" no es una expresión regular válida. Revisá los paréntesis y corchetes, y escribí \\ antes de un carácter especial, entre comillas simples: 'nombre\\?'.`,
    'profile-framing-line-only': (d: InputErrorDetails) =>
      `línea ${d.line}: ${d.field} es solo para el encuadre length-prefix. Sacalo, o escribí type: length-prefix bajo framing.`,
    'profile-points-invalid': (d: InputErrorDetails) =>
      `línea ${d.line}: ${d.field} es "${d.part}"; los puntos son un número entero, 0 o más, p. ej. 2.`,
    'profile-points-check-unknown': (d: InputErrorDetails) =>
      `línea ${d.line}: no hay ninguna prueba "${d.part}" a la que dar puntos${d.closest ? ` (¿quisiste decir ${d.closest}?)` : ''}. Los ids: ${list(d.allowed)}.`,
  },
};

export default check;
