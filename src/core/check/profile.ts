import { isMap, isScalar, LineCounter, parseDocument, type Node, type Scalar, type YAMLMap } from 'yaml';
import { closest } from '../closest.js';
import { InputError, type InputErrorCode, type InputErrorDetails } from '../input-error.js';
import { serverCheckIds, type ServerCheckId } from './checks.js';
import { placeholdersIn } from './message-template.js';
import {
  byteOrders,
  defaultProfile,
  framingTypes,
  greetingPolicies,
  prefixSizes,
  textEscapes,
  type CheckProfile,
  type Framing,
  type NameStep,
  type ProfileCommands,
} from './profile-model.js';

export * from './profile-model.js';

/** A profile is a page of settings; anything bigger is the wrong file. */
export const profileMaxBytes = 64 * 1024;

const topFields = ['name', 'greeting', 'nameStep', 'send', 'shown', 'escape', 'commands', 'framing', 'points'];
const nameStepFields = ['prompt', 'send'];
const commandFields = ['users', 'quit'];
const framingFields = ['type', 'size', 'order', 'includesHeader'];
const templateFields = new Set(['send', 'shown', 'nameStep.send']);

/** The part of the file a value came from, short enough to quote in a sentence. */
function sourceOf(text: string, node: Node | null): string {
  if (node === null) return '';
  if (isScalar(node)) return String(node.value ?? '');
  const [from, to] = node.range ?? [0, 0];
  const source = text.slice(from, to).trim().replace(/\s+/g, ' ');
  return source.length > 60 ? `${source.slice(0, 57)}...` : source;
}

/** Walks the parsed document, throwing an InputError that names the line of what is wrong. */
class ProfileReader {
  private readonly lines = new LineCounter();
  readonly root: Node | null;

  constructor(private readonly text: string) {
    const doc = parseDocument(text, { lineCounter: this.lines });
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0].line ?? 1;
      const part = (text.split(/\r?\n/)[line - 1] ?? '').trim();
      throw new InputError('profile-not-yaml', { line, part, reason: error.code });
    }
    this.root = doc.contents as Node | null;
  }

  lineOf(node: Node | null, fallback = 1): number {
    const offset = node?.range?.[0];
    return offset === undefined ? fallback : this.lines.linePos(offset).line;
  }

  fail(
    code: InputErrorCode,
    at: { node: Node | null; line: number },
    field: string,
    extra: InputErrorDetails = {},
  ): never {
    throw new InputError(code, {
      line: this.lineOf(at.node, at.line),
      field,
      part: sourceOf(this.text, at.node),
      ...extra,
    });
  }

  /** A mapping's fields by name, each known, each with the line of its key. */
  fields(node: Node | null, field: string, known: readonly string[], line: number): Map<string, Entry> {
    if (!isMap(node)) this.fail('profile-field-type', { node, line }, field, { expected: 'mapping' });
    const entries = new Map<string, Entry>();
    for (const pair of (node as YAMLMap<Node, Node | null>).items) {
      const key = String(isScalar(pair.key) ? pair.key.value : sourceOf(this.text, pair.key));
      const keyLine = this.lineOf(pair.key, line);
      const path = field === '' ? key : `${field}.${key}`;
      if (!known.includes(key)) {
        this.fail('profile-field-unknown', { node: pair.key, line: keyLine }, path, {
          part: key,
          closest: closest(key, known) ?? '',
          allowed: known,
        });
      }
      entries.set(key, { node: pair.value ?? null, line: keyLine, path });
    }
    return entries;
  }

  string(entry: Entry): string {
    const { node, path } = entry;
    if (isMap(node) && templateFields.has(path)) this.fail('profile-template-unquoted', entry, path);
    if (!isScalar(node) || typeof node.value !== 'string' || node.value === '')
      this.fail('profile-field-type', entry, path, { expected: 'text' });
    return (node as Scalar<string>).value;
  }

  choice<T extends string | number>(entry: Entry, allowed: readonly T[]): T {
    const value = isScalar(entry.node) ? entry.node.value : undefined;
    if (!allowed.includes(value as T))
      this.fail('profile-choice-invalid', entry, entry.path, { allowed: allowed.map(String) });
    return value as T;
  }

  boolean(entry: Entry): boolean {
    const value = isScalar(entry.node) ? entry.node.value : undefined;
    if (typeof value !== 'boolean') this.fail('profile-field-type', entry, entry.path, { expected: 'boolean' });
    return value as boolean;
  }

  /** A template holding `required` and no placeholder outside `allowed`. */
  template(entry: Entry, required: string, allowed: readonly string[]): string {
    const value = this.string(entry);
    const used = placeholdersIn(value);
    const unknown = used.find((p) => !allowed.includes(p));
    if (unknown !== undefined)
      this.fail('profile-placeholder-unknown', entry, entry.path, { placeholder: unknown, allowed });
    if (!used.includes(required))
      this.fail('profile-placeholder-missing', entry, entry.path, { placeholder: required, allowed });
    return value;
  }
}

interface Entry {
  node: Node | null;
  line: number;
  path: string;
}

function readNameStep(reader: ProfileReader, entry: Entry): NameStep | null {
  if (isScalar(entry.node) && entry.node.value === 'none') return null;
  if (!isMap(entry.node)) reader.fail('profile-field-type', entry, entry.path, { expected: 'none-or-mapping' });
  const fields = reader.fields(entry.node, entry.path, nameStepFields, entry.line);
  const promptEntry = fields.get('prompt');
  if (promptEntry === undefined)
    reader.fail('profile-field-missing', entry, 'nameStep.prompt', { allowed: nameStepFields });
  const source = reader.string(promptEntry);
  // Teachers know Python's `(?i)`; JavaScript spells it as a flag.
  const caseless = source.startsWith('(?i)');
  let prompt: RegExp;
  try {
    prompt = new RegExp(caseless ? source.slice(4) : source, caseless ? 'i' : '');
  } catch {
    reader.fail('profile-prompt-invalid', promptEntry, promptEntry.path);
  }
  const sendEntry = fields.get('send');
  const send = sendEntry === undefined ? '{name}' : reader.template(sendEntry, '{name}', ['{name}']);
  return { prompt, send };
}

function readCommands(reader: ProfileReader, entry: Entry): ProfileCommands {
  const commands: { users?: string; quit?: string } = {};
  for (const [key, value] of reader.fields(entry.node, entry.path, commandFields, entry.line))
    commands[key as 'users' | 'quit'] = reader.string(value);
  return commands;
}

function readFraming(reader: ProfileReader, entry: Entry): Framing {
  const fields = reader.fields(entry.node, entry.path, framingFields, entry.line);
  const typeEntry = fields.get('type');
  const type = typeEntry === undefined ? 'line' : reader.choice(typeEntry, framingTypes);
  if (type === 'line') {
    const extra = [...fields.values()].find((e) => e.path !== 'framing.type');
    if (extra !== undefined) reader.fail('profile-framing-line-only', extra, extra.path);
    return { type };
  }
  const size = fields.get('size');
  const order = fields.get('order');
  const includesHeader = fields.get('includesHeader');
  return {
    type,
    size: size === undefined ? 4 : reader.choice(size, prefixSizes),
    order: order === undefined ? 'big' : reader.choice(order, byteOrders),
    includesHeader: includesHeader === undefined ? false : reader.boolean(includesHeader),
  };
}

function readPoints(reader: ProfileReader, entry: Entry): Partial<Record<ServerCheckId, number>> {
  if (!isMap(entry.node)) reader.fail('profile-field-type', entry, entry.path, { expected: 'mapping' });
  const points: Partial<Record<ServerCheckId, number>> = {};
  for (const pair of (entry.node as YAMLMap<Node, Node | null>).items) {
    const key = String(isScalar(pair.key) ? pair.key.value : '');
    const line = reader.lineOf(pair.key, entry.line);
    if (!(serverCheckIds as readonly string[]).includes(key))
      reader.fail('profile-points-check-unknown', { node: pair.key, line }, `points.${key}`, {
        closest: closest(key, serverCheckIds) ?? '',
        allowed: serverCheckIds,
      });
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
      reader.fail('profile-points-invalid', { node: pair.value ?? null, line }, `points.${key}`);
    points[key as ServerCheckId] = value as number;
  }
  return points;
}

/**
 * Reads a `--profile FILE`: the wire protocol a learner's chat server speaks. Every field is
 * optional (netlearn's own chat fills the gaps); anything wrong throws an InputError with the line,
 * the field, what was written and what is allowed.
 */
export function parseProfile(text: string): CheckProfile {
  const size = new TextEncoder().encode(text).length;
  if (size > profileMaxBytes) throw new InputError('profile-too-large', { size, max: profileMaxBytes });
  const reader = new ProfileReader(text);
  if (!isMap(reader.root)) throw new InputError('profile-not-mapping', { line: reader.lineOf(reader.root) });
  const fields = reader.fields(reader.root, '', topFields, 1);
  const get = <T>(key: string, read: (entry: Entry) => T, fallback: T): T => {
    const entry = fields.get(key);
    return entry === undefined ? fallback : read(entry);
  };
  return {
    name: get('name', (e) => reader.string(e), defaultProfile.name),
    greeting: get('greeting', (e) => reader.choice(e, greetingPolicies), defaultProfile.greeting),
    nameStep: get('nameStep', (e) => readNameStep(reader, e), defaultProfile.nameStep),
    send: get('send', (e) => reader.template(e, '{text}', ['{text}', '{name}']), defaultProfile.send),
    shown: get('shown', (e) => reader.template(e, '{text}', ['{text}', '{name}', '{any}']), defaultProfile.shown),
    escape: get('escape', (e) => reader.choice(e, textEscapes), defaultProfile.escape),
    commands: get('commands', (e) => readCommands(reader, e), defaultProfile.commands),
    framing: get('framing', (e) => readFraming(reader, e), defaultProfile.framing),
    points: get('points', (e) => readPoints(reader, e), defaultProfile.points),
  };
}
