import type { PortModel } from '../../core/ports.js';
import type { TryBindResult } from '../../net/try-bind.js';
import type { PortWords } from './words.en.js';

/** What the OS said to a try-bind, in a sentence. Shared by `netlearn port --try-bind` and its screen. */
export function tryBindSentence(model: PortModel, bound: TryBindResult, words: PortWords): string {
  const text = words.tryBind;
  switch (bound.result) {
    case 'free':
      return model.port === 0 ? text.freeAny({ port: bound.port }) : text.free({ port: bound.port });
    case 'in-use':
      return text.inUse({ port: bound.port });
    case 'denied':
      return model.privileged && !model.isRoot
        ? text.denied({ code: bound.code, limit: model.unprivilegedPortStart })
        : text.deniedOther({ code: bound.code });
    case 'error':
      return text.error({ code: bound.code });
  }
}
