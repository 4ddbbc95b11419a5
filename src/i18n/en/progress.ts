/** Warnings about the saved progress file (src/progress), from the TUI and the plain commands. */
const progress = {
  prefix: 'netlearn: warning:',
  corrupt: (p: { movedTo?: string; tooBig?: boolean }) =>
    p.tooBig
      ? `Saved progress is over 1 MiB, far more than progress ever takes, so it was not read` +
        (p.movedTo ? `; moved aside to ${p.movedTo}. Starting fresh.` : '.')
      : p.movedTo
        ? `Saved progress was damaged; moved aside to ${p.movedTo}. Starting fresh.`
        : 'Saved progress is damaged and was ignored.',
  unreadable: (p: { file: string; reason: string }) =>
    `Cannot read ${p.file} (${p.reason}); progress will not be saved.`,
  notAFile: (p: { file: string }) =>
    `${p.file} is not a regular file (a named pipe, a folder or a device?), so it was not read; progress will not be saved until it is one.`,
  unwritable: (p: { file: string; reason: string }) =>
    `Cannot save progress to ${p.file} (${p.reason}); carrying on without saving.`,
};

export default progress;
