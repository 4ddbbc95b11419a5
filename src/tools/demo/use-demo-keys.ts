import type { DemoServer } from '../../net/demo-server.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import type { ClientRow } from './use-demo-state.js';
import type { DemoScreenAction } from './use-demo-screen-state.js';
import type { DemoWords } from './words.en.js';

/** What the demo's keys act on and when each is offered; the screen works these out. */
export interface DemoKeyFacts {
  demo: DemoServer | undefined;
  typing: boolean;
  /** Every client so far (indexed by number - 1) and the open ones, oldest first. */
  clients: readonly ClientRow[];
  openClients: readonly ClientRow[];
  selected: number | undefined;
  /** Server running, or auto-play on: p is offered. */
  autoplayable: boolean;
  toggleAutoplay: () => void;
  restart: () => void;
  /** The port f switches to (the fixed one, or back to 0: any the OS picks), and where it is now. */
  switchPort?: { label: string; run: () => void };
  /** The OS's TCP sockets can be read and the family has ports: w is offered. */
  canShowStates: boolean;
  /** The explanation has its own column: e is not needed. */
  panelFits: boolean;
  explaining: boolean;
  /** The explanation stands in the log's place: PgUp/PgDn scroll it instead of the log. */
  inLogsPlace: boolean;
  /** There is more than fits to scroll to. */
  scrolls: boolean;
  /** The furthest the log scrolls up: one entry short of its length. */
  logMax: number;
}

/** One binding, or none: the footer offers a key only where it acts. */
function when(acts: boolean, binding: Binding): Binding[] {
  return acts ? [binding] : [];
}

/**
 * The demo's keys, one table while typing a message and one otherwise; the same table drives the
 * footer. `statesKey` is the shared sockets tool's label for w.
 */
export default function useDemoKeys(
  facts: DemoKeyFacts,
  dispatch: (action: DemoScreenAction) => void,
  words: DemoWords['screen'],
  statesKey: string,
): void {
  const { demo, clients, openClients, selected } = facts;
  const k = words.keys;
  const move = (step: number) => {
    if (openClients.length === 0) return;
    const index = Math.max(
      0,
      openClients.findIndex((c) => c.id === selected),
    );
    dispatch({ type: 'choose', client: openClients[Math.min(openClients.length - 1, Math.max(0, index + step))]!.id });
  };
  useKeymap(
    facts.typing
      ? [
          // Enter is the field's own key; listed here so the footer says how to send.
          { keys: ['enter'], label: k.confirm, run: () => {} },
          { keys: ['escape'], label: k.cancel, run: () => dispatch({ type: 'cancel' }) },
        ]
      : [
          // With the server stopped the client still tries, and gets the refusal a learner's connect() gets.
          { keys: ['a'], label: k.add, run: () => demo && (demo.running || demo.port > 0) && demo.addClient() },
          {
            keys: ['s'],
            label: k.send,
            run: () => {
              // Only the demo's own clients can be made to speak; an outside one (nc) types for itself.
              if (selected === undefined) return dispatch({ type: 'notice', notice: { kind: 'addClientFirst' } });
              if (clients[selected - 1]?.outside)
                return dispatch({ type: 'notice', notice: { kind: 'outsideTypes', client: selected } });
              dispatch({ type: 'type' });
            },
          },
          // Choosing needs two clients, closing one; auto-play a running server; scrolling more than fits.
          ...(openClients.length > 1
            ? [
                { keys: ['up', 'k'], label: k.select, display: '↑↓', run: () => move(-1) },
                { keys: ['down', 'j'], label: k.select, hidden: true, run: () => move(1) },
              ]
            : []),
          ...when(selected !== undefined, {
            keys: ['d'],
            label: k.disconnect,
            run: () => {
              if (selected === undefined) return;
              if (clients[selected - 1]?.outside)
                return dispatch({ type: 'notice', notice: { kind: 'outsideCloses', client: selected } });
              demo?.disconnect(selected, 'client');
            },
          }),
          ...when(openClients.length > 0, {
            keys: ['x'],
            label: k.disconnectAll,
            run: () => demo?.disconnectAll('client'),
          }),
          { keys: ['r'], label: k.server, run: facts.restart },
          ...(facts.switchPort ? [{ keys: ['f'], label: facts.switchPort.label, run: facts.switchPort.run }] : []),
          ...when(facts.autoplayable, { keys: ['p'], label: k.auto, run: facts.toggleAutoplay }),
          ...when(facts.canShowStates, { keys: ['w'], label: statesKey, run: () => dispatch({ type: 'states' }) }),
          ...when(!facts.panelFits, {
            keys: ['e'],
            label: facts.explaining ? k.events : k.explain,
            run: () => dispatch({ type: 'explain' }),
          }),
          ...when(facts.scrolls, {
            keys: ['pageup'],
            label: k.scroll,
            display: 'PgUp/PgDn',
            // In the log's place the explanation scrolls; otherwise the log does.
            run: () =>
              dispatch(
                facts.inLogsPlace ? { type: 'scrollPanel', by: -3 } : { type: 'scrollLog', by: 5, max: facts.logMax },
              ),
          }),
          ...when(facts.scrolls, {
            keys: ['pagedown'],
            label: k.scroll,
            hidden: true,
            run: () =>
              dispatch(
                facts.inLogsPlace ? { type: 'scrollPanel', by: 3 } : { type: 'scrollLog', by: -5, max: facts.logMax },
              ),
          }),
        ],
    { textEntry: facts.typing },
  );
}
