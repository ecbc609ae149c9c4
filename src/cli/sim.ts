/** Entry point of `npm run sim -- …`: plays, replays, lists and runs tournaments headless (see --help). */
import { runSim } from './run-sim';

process.exitCode = runSim(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
