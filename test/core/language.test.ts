import { describe, expect, it } from 'vitest';
import { langFromEnv, parseLang } from '../../src/core/language.js';

describe('parseLang', () => {
  it.each([
    ['es', 'es'],
    ['ES', 'es'],
    ['es-AR', 'es'],
    ['es_AR.UTF-8', 'es'],
    ['en_GB.UTF-8', 'en'],
    [' en ', 'en'],
    ['English', 'en'],
    ['español', 'es'],
    ['Espanol', 'es'],
    ['castellano', 'es'],
  ])('reads %j as %s', (tag, lang) => {
    expect(parseLang(tag)).toBe(lang);
  });

  it.each(['fr', 'esp', '', 'C', 'POSIX'])('does not accept %j', (tag) => {
    expect(parseLang(tag)).toBeUndefined();
  });
});

describe('langFromEnv', () => {
  it('speaks Spanish for LANG=es_AR.UTF-8', () => {
    expect(langFromEnv({ LANG: 'es_AR.UTF-8' })).toBe('es');
  });

  it('lets LC_ALL win over LC_MESSAGES and LANG', () => {
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'es_ES', LANG: 'es_ES' })).toBe('en');
  });

  it('lets LC_MESSAGES win over LANG', () => {
    expect(langFromEnv({ LC_MESSAGES: 'es_MX.UTF-8', LANG: 'en_US.UTF-8' })).toBe('es');
  });

  it('falls back to English for an unsupported or C locale', () => {
    expect(langFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'C', LANG: 'es_ES' })).toBe('en');
  });

  it('skips empty variables', () => {
    expect(langFromEnv({ LC_ALL: '', LANG: 'es' })).toBe('es');
  });

  it('defaults to English with nothing set', () => {
    expect(langFromEnv({})).toBe('en');
  });
});
