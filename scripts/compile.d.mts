// Types for scripts/compile.mjs, which runs before there is any compiled code.
export function newestInput(root: string): number;
export function compileNeeded(root: string, stamp: string): boolean;
