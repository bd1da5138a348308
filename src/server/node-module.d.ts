/** The one Node API the server entry uses (the project builds without Node's types). */
declare module 'node:module' {
  export function createRequire(url: string): (id: string) => unknown;
}
