import type { ComponentType } from 'react';
import type { Dictionary } from '../i18n/index.js';
import ChatScreen from '../tools/chat/chat-screen.js';
import DemoScreen from '../tools/demo/screen.js';
import FamiliesScreen from '../tools/families/screen.js';
import Home from './Home.js';
import HostScreen from '../tools/host/screen.js';
import LessonScreen from '../tools/lessons/reader-screen.js';
import LessonsScreen from '../tools/lessons/lessons-screen.js';
import PortScreen from '../tools/port/screen.js';
import PracticeScreen from '../tools/practice/screen.js';
import IpScreen from '../tools/ip/screen.js';
import ServeScreen from '../tools/chat/serve-screen.js';
import SubnetScreen from '../tools/subnet/screen.js';
import ThreadsScreen from '../tools/threads/screen.js';
import Utf8Screen from '../tools/utf8/screen.js';

export interface ScreenEntry {
  /** The name the header shows. */
  title: (t: Dictionary) => string;
  Component: ComponentType;
}

/** Every screen the app can open, by id. Lesson front matter's `tool` names one of these. */
export const screens = {
  home: { title: () => '', Component: Home },
  lessons: { title: (t) => t.ui.home.items.lessons, Component: LessonsScreen },
  lesson: { title: (t) => t.lessons.reader.title, Component: LessonScreen },
  ip: { title: (t) => t.ui.home.items.ip, Component: IpScreen },
  subnet: { title: (t) => t.ui.home.items.subnet, Component: SubnetScreen },
  port: { title: (t) => t.ui.home.items.port, Component: PortScreen },
  utf8: { title: (t) => t.ui.home.items.utf8, Component: Utf8Screen },
  host: { title: (t) => t.ui.home.items.host, Component: HostScreen },
  threads: { title: (t) => t.ui.home.items.threads, Component: ThreadsScreen },
  families: { title: (t) => t.ui.home.items.families, Component: FamiliesScreen },
  demo: { title: (t) => t.ui.home.items.demo, Component: DemoScreen },
  practice: { title: (t) => t.ui.home.items.practice, Component: PracticeScreen },
  chat: { title: (t) => t.chat.client.title, Component: ChatScreen },
  serve: { title: (t) => t.chat.serveScreen.title, Component: ServeScreen },
} satisfies Record<string, ScreenEntry>;

export type ScreenId = keyof typeof screens;

export const screenIds = Object.keys(screens) as ScreenId[];

export function isScreenId(id: string): id is ScreenId {
  return id in screens;
}
