import { lexer, type TokensList } from 'marked';

/**
 * What the app alone offers is written inside one parenthesis that starts with its key:
 * "(or press `t` in the app, where you can change an octet)", "(o apretá `t` en la app)".
 * A terminal has no app around it, so the plain lesson drops that parenthesis whole.
 */
const appOnly = /[ \t]*\((?:or\s+press|o\s+apretá)\s+`t`\s+(?:in\s+the\s+app|en\s+la\s+app)[^)]*\)/g;

/** The lesson body as a plain command prints it: without the steps that exist only in the app. */
function plainBody(body: string): string {
  return body.replace(appOnly, '');
}

/** The plain body, lexed into Markdown tokens. */
export function plainTokens(body: string): TokensList {
  return lexer(plainBody(body));
}
