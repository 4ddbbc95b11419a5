import { createContext, useContext } from 'react';
import type { Lang } from '../core/language.js';
import type { ThemeName } from '../core/theme-names.js';
import type { Dictionary } from '../i18n/index.js';

/** What every screen may ask of the shell around it. */
export interface Shell {
  lang: Lang;
  t: Dictionary;
  /** Opens a screen on top of this one; Esc comes back. */
  open: (screen: string, payload?: unknown) => void;
  back: () => void;
  /** Names this screen instance; a screen opened twice gets two keys. */
  placeKey: string;
  /** State screens keep while another is open on top of them (use-kept-state), by place key. */
  kept: Map<string, unknown>;
  /** Room the screen has, inside the header and footer. */
  width: number;
  height: number;
  /** The active theme: screens re-render when it changes (colours come from src/ui/theme.ts). */
  theme: ThemeName;
}

export const ShellContext = createContext<Shell | undefined>(undefined);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell outside the app shell');
  return shell;
}
