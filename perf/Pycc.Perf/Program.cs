using System.Runtime.InteropServices;
using Pycc.Perf;

// Exit codes: 0 everything ran (mismatches and failing programs are reported, not fatal),
// 1 the harness itself failed, 2 bad arguments or a missing tool.
try
{
    var options = Options.Parse(args);
    if (options.Help)
    {
        Console.WriteLine(Options.Usage);
        return 0;
    }
    var tools = Toolchain.Resolve(usePython: !options.NoPython);
    var programs = SelectPrograms(tools, options);
    if (!options.NoPython && tools.Python is null)
        Console.Error.WriteLine("python3 not found on PATH or not working: running without the CPython comparison.");

    string workDir = Path.Combine(Path.GetTempPath(), $"pycc-perf-{Environment.ProcessId}");
    Directory.CreateDirectory(workDir);
    try
    {
        var report = Run(tools, options, programs, workDir);
        Console.WriteLine();
        Console.Write(ReportWriter.ToText(report));
        if (options.JsonPath is { } json)
            File.WriteAllText(json, ReportWriter.ToJson(report));
        if (options.MarkdownPath is { } md)
            File.WriteAllText(md, ReportWriter.ToMarkdown(report));
    }
    finally
    {
        Directory.Delete(workDir, recursive: true);
    }
    return 0;
}
catch (SetupException e)
{
    Console.Error.WriteLine($"pycc-perf: {e.Message}");
    Console.Error.WriteLine("run with --help for usage");
    return 2;
}
catch (Exception e) when (e is HarnessException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"pycc-perf: {e.Message}");
    return 1;
}

static List<string> SelectPrograms(Toolchain tools, Options options)
{
    var all = Directory.GetFiles(tools.ProgramsDir, "*.py").Order(StringComparer.Ordinal).ToList();
    var unknown = options.Programs.Where(n => !all.Any(p => Path.GetFileNameWithoutExtension(p) == n)).ToList();
    if (unknown.Count > 0)
        throw new SetupException($"no such program in {tools.ProgramsDir}: {string.Join(", ", unknown)}");
    var selected = all.Where(p =>
    {
        string name = Path.GetFileNameWithoutExtension(p);
        return (options.Programs.Count == 0 || options.Programs.Contains(name)) &&
               (options.Filter is null || name.Contains(options.Filter, StringComparison.Ordinal));
    }).ToList();
    if (selected.Count == 0)
        throw new SetupException("no program selected");
    return selected;
}

static Report Run(Toolchain tools, Options options, List<string> programs, string workDir)
{
    var started = DateTimeOffset.UtcNow;
    var results = new List<ProgramResult>();
    foreach (var (source, index) in programs.Select((p, i) => (p, i)))
    {
        string name = Path.GetFileNameWithoutExtension(source);
        var targets = Bench.TargetsFor(tools, source, workDir, options.Variants);
        Bench.Measure(targets, options.Runs, tools.ProgramsDir, Progress($"[{index + 1}/{programs.Count}] {name}"));
        results.Add(ProgramResult.From(name, targets));
    }

    string hello = Path.Combine(tools.ProgramsDir, "startup", "hello.py");
    var helloTargets = Bench.TargetsFor(tools, hello, Path.Combine(workDir, "startup"), []);
    Bench.Measure(helloTargets, options.Runs, tools.ProgramsDir, Progress("[start-up] hello"));
    var startup = new StartupResult("hello.py",
        helloTargets.Single(t => t.Name == Bench.DefaultBuild).Result,
        helloTargets.FirstOrDefault(t => t.Name == Bench.CPython)?.Result);

    const int lines = 1000;
    string module = Path.Combine(workDir, "synthetic", "module1000.py");
    Directory.CreateDirectory(Path.GetDirectoryName(module)!);
    File.WriteAllText(module, SyntheticModule.Generate(lines, Guid.NewGuid().ToString("N")));
    var compileTarget = Bench.TargetsFor(tools with { Python = null }, module, workDir, []).Single();
    Bench.Measure([compileTarget], runs: 0, workDir, Progress("[compile] 1,000 lines"));

    return new Report(
        started,
        new Machine(RuntimeInformation.OSDescription, Environment.ProcessorCount, RuntimeInformation.FrameworkDescription, tools.PythonVersion),
        options.Runs,
        tools.Compiler.ToString(),
        tools.RunnerPrefix?.ToString() ?? "(direct)",
        results,
        startup,
        new CompileTimeResult(lines, compileTarget.Result))
    {
        Variants = Report.SummariseVariants(options.Variants, results),
    };
}

static Action<string> Progress(string prefix) => step => Console.Error.WriteLine($"{prefix}: {step}");
