// Types for scripts/compile.mjs, which runs before there is any compiled code.
export function compileNeeded(root: string, stamp: string): boolean;
