/** Bad usage: a French message and exit status 2, never a stack trace. */
export class UsageError extends Error {}
