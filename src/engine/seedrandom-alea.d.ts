/** seedrandom's Alea generator on its own (the only one the game uses), without the rest of seedrandom. */
declare module 'seedrandom/lib/alea' {
  /** A seeded Alea generator. */
  export default function alea(seed?: string): { int32(): number; double(): number; quick(): number };
}
