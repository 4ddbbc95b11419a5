/** How long a drill may last, in minutes: the command's --minutes and the screen's ←→ agree on it. */
export const drillMinuteLimits = { min: 1, max: 60 } as const;
