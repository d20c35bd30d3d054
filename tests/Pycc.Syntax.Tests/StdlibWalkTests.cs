using System.Collections.Concurrent;
using System.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Pycc.Syntax.Tests;

// The AST has an Assert statement node; here Assert is xunit's.
using Assert = Xunit.Assert;

/// <summary>A test that runs only where python3 is on the PATH.</summary>
public sealed class PythonFactAttribute : FactAttribute
{
    public static readonly string? Python = FindPython();

    public PythonFactAttribute()
    {
        if (Python == null) Skip = "python3 is not installed";
    }

    private static string? FindPython()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "python3", "python3.exe" })
            {
                string p = Path.Combine(dir, name);
                if (File.Exists(p)) return p;
            }
        }
        return null;
    }
}

/// <summary>
/// Every .py file of the installed CPython standard library: the files CPython compiles
/// must parse (and pass SyntaxChecks), and the few it rejects must be rejected too.
/// CPython's verdicts come from a python3 process that runs while we parse.
/// </summary>
public class StdlibWalkTests
{
    private readonly ITestOutputHelper _out;

    public StdlibWalkTests(ITestOutputHelper output) => _out = output;

    private const string Script = """
import os, sys, sysconfig, warnings
warnings.simplefilter('ignore')
root = sysconfig.get_paths()['stdlib']
files = sorted(os.path.join(d, f) for d, ds, fs in os.walk(root) for f in fs if f.endswith('.py'))
for p in files:
    print('F', p)
print('END', flush=True)
for p in files:
    try:
        with open(p, 'rb') as fh:
            compile(fh.read(), p, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        print('X', p, flush=True)
print('DONE', flush=True)
""";

    [PythonFact]
    public void EveryStdlibFileGetsCPythonsVerdict()
    {
        var sw = Stopwatch.StartNew();
        var psi = new ProcessStartInfo(PythonFactAttribute.Python!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(Script);
        using var py = Process.Start(psi)!;
        py.StandardInput.Close();
        py.ErrorDataReceived += (_, _) => { };
        py.BeginErrorReadLine();

        var files = new List<string>();
        string? line;
        while ((line = py.StandardOutput.ReadLine()) != null && line != "END") files.Add(line.Substring(2));
        Assert.True(files.Count > 1000, $"python3 listed only {files.Count} files");

        // Parse while CPython compiles, then collect its verdicts.
        var ours = new ConcurrentDictionary<string, string?>();
        var parse = Task.Run(() => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, f =>
        {
            try
            {
                var module = PythonParser.Parse(File.ReadAllBytes(f), f);
                SyntaxChecks.Validate(module, f);
                ours[f] = null;
            }
            catch (PythonSyntaxError e)
            {
                ours[f] = $"{e.Kind}: {e.Msg} (line {e.Line}, column {e.Column})";
            }
            catch (Exception e)
            {
                ours[f] = $"CRASH {e.GetType().Name}: {e.Message}";
            }
        }));
        var rejected = new HashSet<string>();
        while ((line = py.StandardOutput.ReadLine()) != null && line != "DONE")
            if (line.StartsWith("X ")) rejected.Add(line.Substring(2));
        py.WaitForExit();
        Assert.Equal("DONE", line);
        parse.Wait();

        var failures = new List<string>();
        foreach (var f in files)
        {
            string? error = ours[f];
            if (rejected.Contains(f) && error == null) failures.Add($"{f}: CPython rejects it, we accept it");
            else if (!rejected.Contains(f) && error != null) failures.Add($"{f}: {error}");
            else if (error != null && error.StartsWith("CRASH")) failures.Add($"{f}: {error}");
        }
        _out.WriteLine($"{files.Count} files: {files.Count - rejected.Count} accepted and {rejected.Count} rejected by CPython; {sw.ElapsedMilliseconds} ms");
        foreach (var f in rejected.Order()) _out.WriteLine($"rejected as by CPython: {f}: {ours[f]}");
        Assert.True(failures.Count == 0, $"{failures.Count} files differ from CPython:\n" + string.Join("\n", failures));
    }
}
