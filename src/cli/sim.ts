/** Entry point of `npm run sim -- …`: plays, replays, lists and runs tournaments headless (see --help). */
import { runSim } from './run-sim';
import { terminalWriters } from './terminal-text';

process.exitCode = runSim(process.argv.slice(2), terminalWriters());
