import { useEffect, useState } from 'react';
import { familiesModel, type FamilyResult } from '../../core/families.js';
import type { FamiliesSources } from './sources.js';

/** Runs the three listeners when the screen opens (and again on demand); every socket closes itself. */
export default function useFamilies(probeFamilies: FamiliesSources['probeFamilies']): {
  results?: FamilyResult[];
  error?: string;
  again: () => void;
} {
  const [round, setRound] = useState(0);
  const [state, setState] = useState<{ results?: FamilyResult[]; error?: string }>({});
  useEffect(() => {
    let live = true;
    setState({});
    probeFamilies().then(
      ({ probes }) => live && setState({ results: familiesModel(probes) }),
      (error: unknown) => live && setState({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [round, probeFamilies]);
  return { ...state, again: () => setRound((n) => n + 1) };
}
