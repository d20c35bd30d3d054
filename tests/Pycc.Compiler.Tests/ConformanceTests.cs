using System.Diagnostics;
using System.Text;
using Pycc.Compiler;
using Xunit;

namespace Pycc.Compiler.Tests;

/// <summary>
/// Compiles every program of tests/conformance in this process (one Roslyn, warm) and runs
/// it as `dotnet app.dll` the way CPython ran it: same working directory, empty stdin.
/// Stdout, exit status, the last stderr line and (where recorded) the whole stderr must
/// equal CPython 3.11's committed output.
/// </summary>
public class ConformanceTests
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = Environment.GetEnvironmentVariable("PYCC_REPO") ?? AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "pycc.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("repository root not found");
    }

    public static string ConformanceDir => Path.Combine(RepoRoot, "tests", "conformance");

    /// <summary>Every test program, as a path relative to tests/conformance.</summary>
    public static IEnumerable<object[]> Programs()
    {
        foreach (var file in Directory.EnumerateFiles(ConformanceDir, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(ConformanceDir, file).Replace('\\', '/');
            var parts = rel.Split('/');
            if (Path.GetFileName(file).StartsWith('_') || rel == "regen.py") continue;
            if (parts.Length == 2) yield return new object[] { rel };
            else if (parts.Length == 3 && parts[2] == "main.py") yield return new object[] { rel };
        }
    }

    /// <summary>Programs listed in known_failures.txt: features not finished yet (README lists them).</summary>
    public static HashSet<string> KnownFailures { get; } = File.ReadAllLines(Path.Combine(ConformanceDir, "known_failures.txt"))
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();

    public static IEnumerable<object[]> ExpectedToPass() => Programs().Where(p => !KnownFailures.Contains((string)p[0]));

    [Theory]
    [MemberData(nameof(ExpectedToPass))]
    public void Program_matches_CPython(string program)
    {
        var outcome = ConformanceRunner.Run(program);
        Assert.True(outcome.Passed, outcome.Report);
    }

    /// <summary>Keeps known_failures.txt honest: a program that starts passing must leave the list.</summary>
    [Fact]
    public void Known_failures_still_fail()
    {
        var nowPassing = KnownFailures.Order().Where(p => ConformanceRunner.Run(p).Passed).ToList();
        Assert.True(nowPassing.Count == 0,
            "these now match CPython: remove them from tests/conformance/known_failures.txt: " + string.Join(", ", nowPassing));
    }

    [Fact]
    public void Known_failures_name_existing_programs()
    {
        var all = Programs().Select(p => (string)p[0]).ToHashSet();
        Assert.Empty(KnownFailures.Where(k => !all.Contains(k)));
    }
}

public sealed record ConformanceOutcome(bool Passed, string Report);

public static class ConformanceRunner
{
    // One folder per test process: two runs must never overwrite an assembly the other is running.
    private static readonly string OutRoot = Path.Combine(Path.GetTempPath(), "pycc-conformance", Environment.ProcessId.ToString());

    public static ConformanceOutcome Run(string program)
    {
        var source = Path.Combine(ConformanceTests.ConformanceDir, program);
        var dir = Path.GetDirectoryName(source)!;
        var stem = Path.Combine(dir, Path.GetFileNameWithoutExtension(source));
        var expectedOut = File.ReadAllText(stem + ".stdout");
        var status = File.ReadAllLines(stem + ".status");
        int expectedCode = int.Parse(status[0]);
        string? expectedLast = status.Length > 1 ? status[1] : null;
        string? expectedStderr = File.Exists(stem + ".stderr") ? File.ReadAllText(stem + ".stderr") : null;

        var outDir = Path.Combine(OutRoot, program.Replace('/', '_').Replace(".py", ""));
        var dll = Path.Combine(outDir, "app.dll");
        try
        {
            Pipeline.Compile(source, dll, new CompilerOptions());
        }
        catch (CompileError e)
        {
            // A program CPython rejects at compile time is a test of our error too.
            if (expectedCode == 1 && expectedLast == e.Kind + ": " + e.Message) return new(true, "");
            return new(false, $"{program}: compile error\n{e.Format()}");
        }
        catch (InternalCompilerError e)
        {
            return new(false, $"{program}: internal compiler error\n{e.Message}");
        }

        var (code, stdout, stderr, timedOut) = Execute(dll, dir);
        var problems = new StringBuilder();
        if (timedOut) problems.AppendLine("timed out");
        if (stdout != expectedOut) problems.AppendLine("stdout differs:\n" + Diff(expectedOut, stdout));
        if (code != expectedCode) problems.AppendLine($"exit code {code}, expected {expectedCode}");
        if (expectedCode != 0 && expectedLast != null)
        {
            var last = stderr.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.Length > 0) ?? "";
            if (last != expectedLast) problems.AppendLine($"last stderr line:\n  got      {last}\n  expected {expectedLast}");
        }
        if (expectedStderr != null)
        {
            var normalized = stderr.Replace(dir + Path.DirectorySeparatorChar, "");
            if (normalized != expectedStderr) problems.AppendLine("stderr differs:\n" + Diff(expectedStderr, normalized));
        }
        if (problems.Length == 0) return new(true, "");
        return new(false, $"{program}:\n{problems}\n--- stderr ---\n{Tail(stderr, 2000)}");
    }

    private static (int code, string stdout, string stderr, bool timedOut) Execute(string dll, string cwd)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = cwd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        psi.ArgumentList.Add(dll);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        bool exited = p.WaitForExit(30_000);
        if (!exited) p.Kill(entireProcessTree: true);
        p.WaitForExit();
        return (exited ? p.ExitCode : -1, stdout.Result, stderr.Result, !exited);
    }

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<missing>";
            var al = i < a.Length ? a[i] : "<missing>";
            if (el != al) return $"  first difference at line {i + 1}:\n  got      {al}\n  expected {el}";
        }
        return "  (trailing difference)";
    }

    private static string Tail(string s, int n) => s.Length <= n ? s : "..." + s[^n..];
}
