import { Box, Text, useApp, useInput, useStdin, type Key } from 'ink';
import { nextTheme, type ThemeName } from '../core/theme-names.js';
import KeyList from '../ui/components/KeyList.js';
import { Suspense, useCallback, useMemo, useReducer, useRef, useState } from 'react';
import type { Lang } from '../core/language.js';
import { dictionary } from '../i18n/dictionaries.js';
import Footer from '../ui/components/Footer.js';
import { footerRows } from '../ui/footer-rows.js';
import Header from '../ui/components/Header.js';
import useTerminalSize from '../ui/hooks/use-terminal-size.js';
import { footerSignature, KeymapProvider, type Binding, type Layer } from '../ui/keymap.js';
import { isPrintable, keyMatches } from '../ui/keys.js';
import { findTool } from '../tools/index.js';
import Home from './Home.js';
import { navigate, type NavigationAction, type Place } from './navigation.js';
import { screenFor } from './screens.js';
import { useAllWords } from './tool-words.js';
import { ShellContext, type Shell } from '../ui/shell-context.js';
import theme, { applyTheme } from '../ui/theme.js';
import { proseMeasure } from '../tools/tool.js';

export interface AppProps {
  /** The language the app starts in; Tab switches it. */
  initialLang: Lang;
  /** The screen to start on (a command such as `netlearn demo` opens its own). */
  initialPlace?: Place;
  /** Called when the learner switches language, so it can be remembered. */
  onLangChange?: (lang: Lang) => void;
  /** Sources to use instead of a tool's own, by tool id: tests hand in fakes here. */
  fakeSources?: Readonly<Record<string, unknown>>;
  /** The theme the app starts in (dark when none was chosen); `T` cycles through them. */
  initialTheme?: ThemeName;
  /** Called when the learner picks another theme, so it can be remembered. */
  onThemeChange?: (theme: ThemeName) => void;
}

const noKeys: Layer = { bindings: [], textEntry: false };

/** Names one screen instance: the same screen opened twice, at two depths, gets two keys. */
const keyOf = (stack: readonly Place[]) => `${stack.length}:${stack[stack.length - 1]!.screen}`;

/** The app: the shell, once every tool's words (the home menu names them all) have loaded. */
export default function App(props: AppProps) {
  return (
    <Suspense fallback={null}>
      <Shell {...props} />
    </Suspense>
  );
}

/** The shell around every screen: header, the current screen, the footer with its keys. */
function Shell({ initialLang, initialPlace, onLangChange, fakeSources, initialTheme, onThemeChange }: AppProps) {
  const allWords = useAllWords();
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns, rows } = useTerminalSize();
  const [lang, setLang] = useState(initialLang);
  const [themeName, setThemeName] = useState<ThemeName>(initialTheme ?? 'dark');
  // Before any screen renders: every screen reads its colours from the active palette.
  applyTheme(themeName);
  const [keysOpen, setKeysOpen] = useState(false);
  const t = dictionary(lang);
  const home: Place = { screen: 'home' };
  const [stack, dispatch] = useReducer(
    navigate,
    initialPlace && initialPlace.screen !== 'home' ? [home, initialPlace] : [home],
  );
  const place = stack[stack.length - 1]!;
  const placeKey = keyOf(stack);
  // Where the user is as key handlers must see it: Ink hands a burst of keys over in one batch, before
  // React renders, so a key right after one that navigated must already find the new place.
  const stackNow = useRef(stack);
  const placeNow = useRef(placeKey);
  stackNow.current = stack;
  placeNow.current = placeKey;
  const kept = useMemo(() => new Map<string, unknown>(), []);
  const go = useCallback(
    (action: NavigationAction) => {
      setKeysOpen(false);
      stackNow.current = navigate(stackNow.current, action);
      placeNow.current = keyOf(stackNow.current);
      // A screen left behind forgets what it kept; one covered by another keeps it for its return.
      const deepest = stackNow.current.length - (action.type === 'open' ? 1 : 0);
      for (const key of kept.keys()) if (Number.parseInt(key, 10) > deepest) kept.delete(key);
      dispatch(action);
    },
    [kept],
  );
  // A screen that declares no keys must not inherit the previous screen's.
  const currentLayer = () => (screenLayer.current.owner === placeNow.current ? screenLayer.current.layer : noKeys);
  // The key list declares its keys in a store of its own: the screen under it keeps its keymap.
  const keysLayer = useRef<{ layer: Layer; owner: string }>({ layer: noKeys, owner: '' });
  const keysOpenNow = useRef(keysOpen);
  keysOpenNow.current = keysOpen;
  const activeLayer = () => (keysOpenNow.current ? keysLayer.current.layer : currentLayer());

  // The current screen's keys live in a ref (they change every render); the footer re-renders only
  // when what it shows changes.
  const screenLayer = useRef<{ layer: Layer; owner: string }>({ layer: noKeys, owner: '' });
  // Its value is unused; setting a different one re-renders the shell with the new footer.
  const [, setFooterKey] = useState('');
  // Keys typed while a screen's code still loads find no keys of its yet: they wait for its first keymap.
  const early = useRef<{ owner: string; input: string; key: Key }[]>([]);
  const replayEarly = useRef(() => {});
  const store = useMemo(
    () => ({
      current: screenLayer.current,
      publish: (layer: Layer) => {
        setFooterKey(footerSignature(layer));
        // After this commit, outside Ink's batch: each replayed key renders before the next one reads the keys.
        if (early.current.length > 0) setTimeout(() => replayEarly.current(), 0);
      },
    }),
    [],
  );
  const keysStore = useMemo(
    () => ({ current: keysLayer.current, publish: (layer: Layer) => setFooterKey(`keys|${footerSignature(layer)}`) }),
    [],
  );
  const openKeys = useCallback((open: boolean) => {
    keysOpenNow.current = open;
    setKeysOpen(open);
  }, []);

  const cycleTheme = useCallback(() => {
    const next = nextTheme(themeName);
    setThemeName(next);
    onThemeChange?.(next);
  }, [themeName, onThemeChange]);

  const toggleLang = useCallback(() => {
    const next: Lang = lang === 'en' ? 'es' : 'en';
    setLang(next);
    onLangChange?.(next);
  }, [lang, onLangChange]);

  const keyListKey = () => (currentLayer().textEntry ? 'F1' : '?');
  const globalBindings: Binding[] = [
    ...(stack.length > 1 ? [{ keys: ['escape'], label: t.ui.keys.back, run: () => go({ type: 'back' }) }] : []),
    { keys: ['tab'], label: t.ui.keys.language, run: toggleLang },
    // F1 too, for screens where a text field takes `?` as a letter.
    { keys: ['?', 'f1'], label: t.ui.keys.keyList, display: keyListKey(), run: () => openKeys(true) },
    // Listed under `?`, left out of the footer: a setting changed once, not a key for every visit.
    { keys: ['T'], label: t.ui.keys.theme, hidden: true, run: cycleTheme },
    { keys: ['q'], label: t.ui.keys.quit, run: exit },
  ];

  /** Runs the binding this key names, if any: the screen's own first, then the shell's. */
  const respond = (input: string, key: Key): boolean => {
    const { bindings, textEntry } = activeLayer();
    for (const binding of [...bindings, ...globalBindings]) {
      const live = binding.keys.filter((name) => !(textEntry && isPrintable(name)));
      if (live.some((name) => keyMatches(name, input, key))) {
        binding.run();
        return true;
      }
    }
    return false;
  };
  replayEarly.current = () => {
    const due = early.current.filter((entry) => entry.owner === placeNow.current);
    early.current = [];
    for (const { input, key } of due) respond(input, key);
  };
  useInput(
    (input, key) => {
      if (respond(input, key)) return;
      // A few keys at most, kept for this screen only: a screen with no keys of its own drops them.
      if (screenLayer.current.owner !== placeNow.current && early.current.length < 8)
        early.current.push({ owner: placeNow.current, input, key });
    },
    { isActive: isRawModeSupported },
  );

  // The footer shows a shell key only where it still acts: the screen's own binding for the same key
  // runs first, and a text field takes q as a letter.
  const stillActing = (layer: Layer) => {
    const screenKeys = new Set(layer.bindings.flatMap((binding) => binding.keys));
    return globalBindings.filter((binding) =>
      binding.keys.some((name) => !screenKeys.has(name) && !(layer.textEntry && isPrintable(name))),
    );
  };
  const layer = activeLayer();
  const shownBindings = [...layer.bindings, ...stillActing(layer)];
  const width = Math.max(20, columns);
  // One row stays free: Ink clears the whole screen on every frame once output fills the terminal.
  const height = Math.max(8, rows - 1);
  const bodyHeight = Math.max(3, height - 2 - footerRows(shownBindings, width));
  // Memoised: with fakes each call makes a new lazy screen, which must not reload on every render.
  const Screen = useMemo(() => screenFor(place.screen, fakeSources?.[place.screen]), [place.screen, fakeSources]);
  const trail = stack.slice(1).map((p) => allWords.get(p.screen)?.[lang].title ?? p.screen);
  const words = allWords.get(place.screen)?.[lang];

  const screenWidth = findTool(place.screen)?.prose ? Math.min(width - 2, proseMeasure) : width - 2;
  // The shell and the screen's element stay the same objects while nothing they carry changes: when a
  // screen's keys change, the footer re-renders without the screen (Tab costs one screen render, not two).
  const shell = useMemo<Shell>(
    () => ({
      lang,
      t,
      placeKey,
      open: (screen, payload) => go({ type: 'open', place: { screen, payload } }),
      back: () => go({ type: 'back' }),
      kept,
      width: screenWidth,
      height: bodyHeight,
      theme: themeName,
    }),
    [lang, t, placeKey, kept, screenWidth, bodyHeight, go, themeName],
  );
  const body = useMemo(
    () =>
      Screen ? (
        <Suspense fallback={<Text color={theme.muted}>{t.ui.keys.loading}</Text>}>
          <Screen key={placeKey} payload={place.payload} words={words!} />
        </Suspense>
      ) : (
        <Home key={placeKey} words={allWords} />
      ),
    // The theme is read while rendering: a new one renders the screen again, its state kept.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [Screen, placeKey, place.payload, t, words, allWords, themeName],
  );
  const screenTitle = place.screen === 'home' ? t.ui.appName : (words?.title ?? place.screen);

  return (
    <ShellContext.Provider value={shell}>
      <KeymapProvider store={store}>
        <Box flexDirection="column" width={width} height={height}>
          <Header trail={trail} lang={lang} width={width} />
          {/* overflowY, not overflow: every line is already wrapped to fit, and a sideways clip makes Ink
              cut each line with slice-ansi on every frame (a quarter of a keypress's CPU on the demo). */}
          <Box flexDirection="column" height={bodyHeight} paddingX={1} marginY={0} overflowY="hidden">
            {/* Hidden, not unmounted, under the key list: the screen keeps what the learner did. */}
            <Box display={keysOpen ? 'none' : 'flex'} flexDirection="column" height={bodyHeight} flexShrink={0}>
              {body}
            </Box>
            {keysOpen ? (
              <KeymapProvider store={keysStore}>
                <KeyList
                  groups={[
                    { title: t.ui.keyList.screen({ title: screenTitle }), bindings: currentLayer().bindings },
                    { title: t.ui.keyList.app, bindings: stillActing(currentLayer()) },
                  ]}
                  words={{ title: t.ui.keyList.title, close: t.ui.keys.close, scroll: t.ui.keys.scroll }}
                  close={() => openKeys(false)}
                  width={width - 2}
                  height={bodyHeight}
                />
              </KeymapProvider>
            ) : null}
          </Box>
          <Box flexGrow={1} />
          <Footer bindings={shownBindings} width={width} />
        </Box>
      </KeymapProvider>
    </ShellContext.Provider>
  );
}
