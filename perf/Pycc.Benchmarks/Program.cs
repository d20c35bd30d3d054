using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// Short runs by default, so the suite stays quick on a 2-core machine; `--job` on the command
// line replaces it (e.g. `--job default` for publication-quality numbers).
var config = DefaultConfig.Instance;
if (!args.Any(a => a is "--job" or "-j"))
    config = config.AddJob(Job.ShortRun);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
