import { useEffect, useState } from 'react';
import { hostModel, type HostModel } from '../../core/host.js';
import type { HostSources } from './sources.js';

/** This machine's host model, read once when the screen opens (the resolver answers asynchronously). */
export default function useHostModel(readHostFacts: HostSources['hostFacts']): HostModel | undefined {
  const [model, setModel] = useState<HostModel>();
  useEffect(() => {
    let live = true;
    void readHostFacts().then((facts) => {
      if (live) setModel(hostModel(facts));
    });
    return () => {
      live = false;
    };
  }, [readHostFacts]);
  return model;
}
