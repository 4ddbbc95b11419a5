import { useState } from 'react';
import type { ServerAddress } from '../../progress/progress-data.js';

/** Where the chat screens try to connect or listen, an attempt at a time, and whether fields are open. */
export interface AddressAttempts {
  target: ServerAddress;
  /** Counted from 1; a new attempt is a new key, so the socket is opened afresh. */
  attempt: number;
  editing: boolean;
  retry: () => void;
  edit: () => void;
  /** A typed address: the fields close and the next attempt goes there. */
  submit: (next: ServerAddress) => void;
}

export default function useAddressAttempts(first: () => ServerAddress): AddressAttempts {
  const [target, setTarget] = useState(first);
  const [attempt, setAttempt] = useState(1);
  const [editing, setEditing] = useState(false);
  return {
    target,
    attempt,
    editing,
    retry: () => setAttempt((n) => n + 1),
    edit: () => setEditing(true),
    submit: (next) => {
      setTarget(next);
      setEditing(false);
      setAttempt((n) => n + 1);
    },
  };
}
