// Under Node without the DOM lib, @types/node declares `TextDecoder` as a value only; the
// streaming decoders name its type too. The same class, from node:util.
type TextDecoder = import('node:util').TextDecoder;
