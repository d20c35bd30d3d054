namespace Pycc.Perf;

/// <summary>Where the programs are and how to compile and run them.</summary>
public sealed record Toolchain
{
    public const string CompilerEnv = "PYCC_PERF_COMPILER";
    public const string RunnerEnv = "PYCC_PERF_RUNNER";
    public static readonly string DefaultCompilerDll = Path.Combine("compiler", "Pycc.Cli", "bin", "Release", "net10.0", "pycc.dll");

    public required string RepoRoot { get; init; }
    public required Command Compiler { get; init; }
    /// <summary>Null when compiled programs are executed directly.</summary>
    public required Command? RunnerPrefix { get; init; }
    /// <summary>The CPython interpreter itself; null when CPython is not used, not found or not working.</summary>
    public required string? Python { get; init; }
    public string? PythonVersion { get; init; }

    public string ProgramsDir => Path.Combine(RepoRoot, "perf", "programs");

    public static Toolchain Resolve(bool usePython)
    {
        string root = FindRepoRoot()
            ?? throw new SetupException("cannot find the pycc repository root (a directory with pycc.sln and perf/programs) above the current directory or the runner");

        Command compiler;
        string? custom = Environment.GetEnvironmentVariable(CompilerEnv);
        if (!string.IsNullOrWhiteSpace(custom))
        {
            compiler = Command.Parse(custom);
        }
        else
        {
            string dll = Path.Combine(root, DefaultCompilerDll);
            if (!File.Exists(dll))
                throw new SetupException($"pycc compiler not found at {dll}; build it first with `./build.sh build` (or set {CompilerEnv})");
            compiler = new Command("dotnet", [dll]);
        }

        string? runner = Environment.GetEnvironmentVariable(RunnerEnv);
        Command? prefix = runner is null ? new Command("dotnet", [])
            : string.IsNullOrWhiteSpace(runner) ? null
            : Command.Parse(runner);

        var (python, version) = usePython ? ResolvePython(root) : (null, null);
        return new Toolchain
        {
            RepoRoot = root,
            Compiler = compiler,
            RunnerPrefix = prefix,
            Python = python,
            PythonVersion = version,
        };
    }

    /// <summary>The interpreter that `python3` on PATH runs. A launcher such as a pyenv shim costs
    /// ~50 ms per start, which would be charged to CPython, so its target is run directly.</summary>
    private static (string? Path, string? Version) ResolvePython(string workingDirectory)
    {
        if (FindOnPath("python3") is not { } launcher)
            return (null, null);
        var probe = Processes.Run(new Command(launcher, ["-c", "import sys, platform; print(sys.executable); print(platform.python_version())"]),
            TimeSpan.FromSeconds(30), workingDirectory);
        var lines = probe.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!probe.Succeeded || lines.Length < 2)
            return (null, null);
        return (File.Exists(lines[0]) ? lines[0] : launcher, "Python " + lines[1]);
    }

    public Command CompileCommand(string source, string output, IEnumerable<string> extraArgs) =>
        Compiler.Append([source, "-o", output, .. extraArgs]);

    public Command RunCommand(string compiled) =>
        RunnerPrefix is null ? new Command(compiled, []) : RunnerPrefix.Append(compiled);

    private static string? FindRepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "pycc.sln")) &&
                    Directory.Exists(Path.Combine(dir.FullName, "perf", "programs")))
                    return dir.FullName;
            }
        }
        return null;
    }

    private static string? FindOnPath(string name)
    {
        string[] names = OperatingSystem.IsWindows() ? [name + ".exe", "python.exe"] : [name];
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return dirs.SelectMany(d => names.Select(n => Path.Combine(d, n))).FirstOrDefault(File.Exists);
    }
}

/// <summary>The harness cannot start: wrong arguments or a missing tool (exit code 2).</summary>
public sealed class SetupException(string message) : Exception(message);
