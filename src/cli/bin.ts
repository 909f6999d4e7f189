/** The `policy-charts` command (package.json `bin`): runs {@link main} with the process's arguments. */
import { main } from './policy-charts.js';

process.exitCode = await main(process.argv.slice(2));
