using System.Text.Json.Serialization;

namespace Pycc.Perf;

public enum Status { Ok, Mismatch, CompileError, Failed, Timeout }

/// <summary>What one build (or CPython) did on one program.</summary>
public sealed class Measurement
{
    public Status Status { get; set; } = Status.Ok;
    public double? CompileSeconds { get; set; }
    [JsonPropertyName("samples_seconds")]
    public List<double> Samples { get; } = [];
    public double? MedianSeconds => Samples.Count > 0 ? Stats.Median(Samples) : null;
    /// <summary>Why it is not Ok: exit code and the end of stderr, or the first differing line.</summary>
    public string? Detail { get; set; }

    /// <summary>Timed and producing the reference output: usable in ratios and geomeans.</summary>
    [JsonIgnore]
    public bool Usable => Status == Status.Ok && Samples.Count > 0;
}

/// <summary>One way to produce a program's output: CPython, the default pycc build or a variant.</summary>
public sealed class Target(string name, Command run, Command? build = null, string? output = null)
{
    public string Name { get; } = name;
    public Command? Build { get; } = build;
    /// <summary>The file the build writes; its directory is created before compiling.</summary>
    public string? Output { get; } = output;
    public Command Run { get; } = run;
    public Measurement Result { get; } = new();
}

public static class Bench
{
    public const string CPython = "cpython";
    public const string DefaultBuild = "default";

    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The targets for one program: CPython first (its output is the reference), then
    /// the default build, then each variant, each compiled into its own directory.</summary>
    public static List<Target> TargetsFor(Toolchain tools, string source, string workDir, IEnumerable<Variant> variants)
    {
        string name = Path.GetFileNameWithoutExtension(source);
        var targets = new List<Target>();
        if (tools.Python is not null)
            targets.Add(new Target(CPython, new Command(tools.Python, [source])));
        foreach (var (buildName, args) in new[] { (DefaultBuild, (IReadOnlyList<string>)[]) }
                     .Concat(variants.Select(v => (v.Name, v.PyccArgs))))
        {
            string output = Path.Combine(workDir, buildName, name, name + ".dll");
            targets.Add(new Target(buildName, tools.RunCommand(output), tools.CompileCommand(source, output, args), output));
        }
        return targets;
    }

    /// <summary>Compiles every target, then runs them round-robin so that drift in machine load
    /// affects all targets alike, and checks each output against the first target's.</summary>
    public static void Measure(IReadOnlyList<Target> targets, int runs, string workingDirectory, Action<string> progress)
    {
        foreach (var target in targets.Where(t => t.Build is not null))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target.Output!)!);
            progress($"compile {target.Name}");
            var compile = Processes.Run(target.Build!, CompileTimeout, workingDirectory);
            target.Result.CompileSeconds = compile.Seconds;
            if (!compile.Succeeded)
                Fail(target.Result, Status.CompileError, compile);
        }

        string? reference = null;
        for (int run = 0; run < runs; run++)
        {
            foreach (var target in targets.Where(t => t.Result.Status is Status.Ok or Status.Mismatch))
            {
                progress($"run {run + 1}/{runs} {target.Name}");
                var result = Processes.Run(target.Run, RunTimeout, workingDirectory);
                if (!result.Succeeded)
                {
                    Fail(target.Result, result.TimedOut ? Status.Timeout : Status.Failed, result);
                    continue;
                }
                target.Result.Samples.Add(result.Seconds);
                if (target == targets[0])
                    reference ??= result.Stdout;
                else if (reference is not null && result.Stdout != reference && target.Result.Status == Status.Ok)
                {
                    target.Result.Status = Status.Mismatch;
                    target.Result.Detail = FirstDifference(reference, result.Stdout);
                }
            }
        }
    }

    private static void Fail(Measurement m, Status status, RunResult result)
    {
        m.Status = status;
        m.Samples.Clear();
        m.Detail = result.TimedOut ? "timed out" : $"exit {result.ExitCode}: {result.ErrorTail()}";
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = Lines(expected), a = Lines(actual);
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? el = i < e.Length ? e[i] : null, al = i < a.Length ? a[i] : null;
            if (el != al)
                return $"line {i + 1}: expected {Quote(el)}, got {Quote(al)}";
        }
        return "outputs differ only in the final newline";
    }

    private static string[] Lines(string output) => (output.EndsWith('\n') ? output[..^1] : output).Split('\n');

    private static string Quote(string? line) =>
        line is null ? "end of output" : "\"" + (line.Length > 60 ? line[..60] + "…" : line).TrimEnd('\r') + "\"";
}
