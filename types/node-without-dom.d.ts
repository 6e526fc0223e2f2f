// Only for tsconfig.main.json (Node, no DOM lib): there @types/node declares `TextDecoder`
// as a value only, while the streaming decoders also name its type. The same class, from
// node:util. (With the DOM lib the global interface exists already, so the root tsconfig
// does not include this file.)
import type { TextDecoder as NodeTextDecoder } from 'node:util';

declare global {
  type TextDecoder = NodeTextDecoder;
}

export {};
