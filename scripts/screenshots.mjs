#!/usr/bin/env node
// Pictures for the README, taken from the real app: the built CLI runs in a pseudo-terminal, keys
// are typed as a person would, and the screen (colours included) is drawn to a PNG.
// Usage: npm run build && node scripts/screenshots.mjs [name...]   (writes docs/screenshots/*.png)
// A scene with a `theme` runs the app with `--theme` (remembered only in the scene's own config folder).
import { spawn } from '@lydell/node-pty';
import { Resvg } from '@resvg/resvg-js';
import xterm from '@xterm/headless';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const keys = { enter: '\r', down: '\u001B[B', right: '\u001B[C' };

const home = /What do you want to learn today\?|¿Qué querés aprender hoy\?/;

/** Each picture: the command, and the steps that bring the screen to the moment worth showing. */
const scenes = [
  { name: 'home', args: [], steps: [{ wait: home }] },
  {
    name: 'demo',
    args: ['demo'],
    steps: [{ wait: /127\.0\.0\.1/ }, { type: 'a' }, { pause: 400 }, { type: 'a' }, { pause: 400 }, { type: 's' }],
    then: [{ pause: 300 }, { type: keys.enter }, { pause: 1200 }],
  },
  { name: 'subnet', args: [], steps: [{ wait: home }, { type: '3' }, { pause: 1000 }] },
  // A wide terminal (140x45): the threads lab's two runs side by side.
  {
    name: 'wide',
    args: [],
    size: { cols: 140, rows: 45 },
    steps: [{ wait: home }, { type: '7' }, { pause: 800 }, { type: 'f' }, { wait: /exacto?\s+\d+ ms/ }],
  },
  {
    name: 'subnet-high-contrast',
    theme: 'high-contrast',
    args: [],
    steps: [{ wait: home }, { type: '3' }, { pause: 1000 }],
  },
  {
    name: 'lesson',
    args: [],
    steps: [{ wait: home }, { type: '1' }, { pause: 800 }, { type: keys.down }, { type: keys.enter }, { pause: 800 }],
  },
];

const palette = ['#1e1e1e', '#cd3131', '#0dbc79', '#e5e510', '#2472c8', '#bc3fbc', '#11a8cd', '#e5e5e5'];
const bright = ['#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff'];
/** The terminal the picture is taken in: dark, or white for the light theme. */
const terminals = {
  dark: { foreground: '#d4d4d4', background: '#1e1e1e' },
  light: { foreground: '#1e1e1e', background: '#ffffff' },
};

function colour(cell, foreground) {
  if (cell.isFgDefault()) return foreground;
  const n = cell.getFgColor();
  if (cell.isFgRGB()) return `#${n.toString(16).padStart(6, '0')}`;
  if (n < 8) return palette[n];
  if (n < 16) return bright[n - 8];
  return foreground;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The terminal's visible cells as SVG text, one <tspan> per run of cells that look alike. */
function toSvg(terminal, { foreground, background }) {
  const cw = 9;
  const ch = 19;
  const buffer = terminal.buffer.active;
  const rows = [];
  for (let y = 0; y < terminal.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    const spans = [];
    for (let x = 0; x < terminal.cols; x++) {
      const cell = line?.getCell(x);
      if (!cell || cell.getWidth() === 0) continue;
      const look = `${colour(cell, foreground)}|${cell.isBold() ? 'bold' : 'normal'}|${cell.isDim() ? 0.6 : 1}`;
      const last = spans.at(-1);
      if (last && last.look === look) last.text += cell.getChars() || ' ';
      else spans.push({ look, x, text: cell.getChars() || ' ' });
    }
    const tspans = spans
      .filter((span) => span.text.trim() !== '')
      .map((span) => {
        const [fill, weight, opacity] = span.look.split('|');
        return `<text x="${12 + span.x * cw}" y="${12 + (y + 1) * ch - 5}" fill="${fill}" font-weight="${weight}" opacity="${opacity}" textLength="${span.text.length * cw}" lengthAdjust="spacingAndGlyphs">${escape(span.text)}</text>`;
      });
    rows.push(...tspans);
  }
  const width = 24 + terminal.cols * cw;
  const height = 24 + terminal.rows * ch;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="15" xml:space="preserve"><rect width="100%" height="100%" rx="8" fill="${background}"/>${rows.join('')}</svg>`;
}

async function shoot(scene, lang, cols, rows) {
  const terminal = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  // A fresh config folder: the app would otherwise reopen the lesson this machine read last.
  const config = mkdtempSync(join(tmpdir(), 'netlearn-shots-'));
  const env = { ...process.env, XDG_CONFIG_HOME: config, TERM: 'xterm-256color', COLORTERM: 'truecolor' };
  delete env.CI;
  const theme = scene.theme ? ['--theme', scene.theme] : [];
  const child = spawn(process.execPath, [cli, '--lang', lang, ...theme, ...scene.args], { cols, rows, env });
  let pending = Promise.resolve();
  child.onData((data) => {
    pending = pending.then(() => new Promise((resolve) => terminal.write(data, resolve)));
  });
  const screen = () => {
    const buffer = terminal.buffer.active;
    return Array.from({ length: rows }, (_, y) => buffer.getLine(y)?.translateToString(true) ?? '').join('\n');
  };
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  for (const step of [...scene.steps, ...(scene.then ?? [])]) {
    if (step.type) child.write(step.type);
    if (step.pause) await pause(step.pause);
    if (step.wait) {
      const deadline = Date.now() + 10_000;
      while (!step.wait.test(screen())) {
        if (Date.now() > deadline) throw new Error(`${scene.name}: the screen never showed ${step.wait}`);
        await pause(50);
      }
    }
  }
  await pause(300);
  await pending;
  if (process.env.SHOTS_DEBUG) console.log(screen());
  const look = terminals[scene.theme === 'light' ? 'light' : 'dark'];
  const png = new Resvg(toSvg(terminal, look), { font: { loadSystemFonts: true } }).render().asPng();
  child.kill();
  rmSync(config, { recursive: true, force: true });
  return png;
}

mkdirSync(out, { recursive: true });
const wanted = process.argv.slice(2);
for (const scene of scenes.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
  for (const lang of ['en', 'es']) {
    const file = `${out}${scene.name}-${lang}.png`;
    const { cols, rows } = scene.size ?? { cols: 80, rows: 24 };
    writeFileSync(file, await shoot(scene, lang, cols, rows));
    console.log(file);
  }
}
