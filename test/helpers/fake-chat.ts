import realSources, { type ChatSources } from '../../src/tools/chat/sources.js';

/**
 * A machine where nothing listens on the chat's port: the chat screen says so, whatever the machine
 * running the tests has on 5050 (another test's `netlearn serve`, say).
 */
export const refusedChat: ChatSources = {
  ...realSources,
  connect: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
};
