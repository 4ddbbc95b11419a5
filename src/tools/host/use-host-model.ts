import { useEffect, useState } from 'react';
import { hostModel, type HostModel } from '../../core/host.js';
import type { HostsFileFacts } from '../../core/hosts-file.js';
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

/** The hosts file's lines for localhost, read once when the screen opens; undefined until read. */
export function useHostsFile(read: HostSources['hostsFile'] | undefined): HostsFileFacts | undefined {
  const [facts, setFacts] = useState<HostsFileFacts>();
  useEffect(() => {
    let live = true;
    void read?.().then((answer) => {
      if (live) setFacts(answer);
    });
    return () => {
      live = false;
    };
  }, [read]);
  return facts;
}
