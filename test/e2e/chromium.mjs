// How every browser test here launches Debian's Chromium: one list for Playwright and bench:web.
// The background-networking flags keep Chromium from dialling out on a machine with a closed network.

/** Path of the Chromium binary (CHROMIUM_PATH overrides Debian's). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless run as root in a sandboxed CI machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
