// The `depeche` command line.
process.stderr.write('usage: depeche analyze|lesson|quiz …\n');
process.exitCode = 2;
