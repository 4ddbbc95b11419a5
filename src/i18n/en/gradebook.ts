/** What a command says when the gradebook (src/store) cannot be used, or has no such class or student. */
const gradebook = {
  problems: {
    corrupt: (p: { path: string }) =>
      `the gradebook ${p.path} is damaged or is not a gradebook. Move it aside, or use another with --db PATH.`,
    locked: (p: { path: string }) =>
      `the gradebook ${p.path} is busy: another netlearn is writing to it. Wait for it to end, or use another with --db PATH.`,
    unwritable: (p: { path: string }) =>
      `cannot open or write the gradebook ${p.path}. Check that its folder exists and is yours, or use another with --db PATH.`,
    newer: (p: { path: string }) =>
      `the gradebook ${p.path} was made by a newer netlearn. Update netlearn, or use another with --db PATH.`,
    'class-exists': (p: { subject: string }) =>
      `there is already a class ${p.subject}. Choose another name, or sweep it: netlearn class sweep ${p.subject}`,
    'class-unknown': (p: { subject: string; known: string }) =>
      `there is no class ${p.subject}${p.known ? `; the classes: ${p.known}` : ''}. Make it with netlearn class init ${p.subject} --roster FILE.`,
    'student-unknown': (p: { subject: string }) =>
      `there is no student ${p.subject} in that class. Check the id in the roster.`,
  },
};

export default gradebook;
