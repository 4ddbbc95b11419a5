import type { Dictionary } from '../i18n/index.js';
import type { ScreenId } from './screens.js';

type Section = keyof Dictionary['ui']['home']['sections'];
type Item = keyof Dictionary['ui']['home']['items'];

/** The home menu in order, each with its shortcut digit. */
export const homeMenu: readonly { screen: ScreenId & Item; section: Section; shortcut: string }[] = [
  { screen: 'lessons', section: 'learn', shortcut: '1' },
  { screen: 'ip', section: 'tools', shortcut: '2' },
  { screen: 'subnet', section: 'tools', shortcut: '3' },
  { screen: 'port', section: 'tools', shortcut: '4' },
  { screen: 'utf8', section: 'tools', shortcut: '5' },
  { screen: 'host', section: 'tools', shortcut: '6' },
  { screen: 'threads', section: 'tools', shortcut: '7' },
  { screen: 'families', section: 'tools', shortcut: '8' },
  { screen: 'demo', section: 'live', shortcut: '9' },
  { screen: 'practice', section: 'live', shortcut: '0' },
];
