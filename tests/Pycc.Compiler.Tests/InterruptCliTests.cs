using System.Diagnostics;
using System.Runtime.InteropServices;
using Xunit;
using Xunit.Abstractions;

namespace Pycc.Compiler.Tests;

/// <summary>
/// `kill -INT` on a compiled program stuck in each long-running shape of
/// samples/interrupt-latency/shapes.py: KeyboardInterrupt traceback, exit status 130.
/// The program is compiled once, in-process.
/// </summary>
public class InterruptCliTests
{
    private readonly ITestOutputHelper _output;

    public InterruptCliTests(ITestOutputHelper output) => _output = output;

    private static readonly Lazy<string> s_app = new(() =>
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "pycc.sln"))) dir = Path.GetDirectoryName(dir)!;
        var shapes = Path.Combine(dir, "samples", "interrupt-latency", "shapes.py");
        var outDir = Path.Combine(Path.GetTempPath(), "pycc-shapes-" + Guid.NewGuid().ToString("N")[..8]);
        return Pipeline.Compile(shapes, Path.Combine(outDir, "shapes.dll"), new CompilerOptions()).AssemblyPath;
    });

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    [Theory]
    [InlineData("while_true")]
    [InlineData("for_range")]
    [InlineData("recursion")]
    [InlineData("list_comprehension")]
    [InlineData("generator_expression")]
    [InlineData("sum")]
    [InlineData("sorted")]
    [InlineData("min_max")]
    [InlineData("list_range")]
    [InlineData("str_join")]
    [InlineData("list_contains")]
    [InlineData("dict_from_iterable")]
    [InlineData("set_from_iterable")]
    [InlineData("sleep")]
    [InlineData("input")]
    public async Task Sigint_stops_the_shape_with_KeyboardInterrupt(string shape)
    {
        if (OperatingSystem.IsWindows()) return;
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(s_app.Value);
        psi.ArgumentList.Add(shape);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.Equal("ready", p.StandardOutput.ReadLine());
        Thread.Sleep(50);
        var sw = Stopwatch.StartNew();
        Assert.Equal(0, kill(p.Id, 2));
        bool exited = p.WaitForExit(10_000);
        if (!exited) p.Kill();
        Assert.True(exited, $"{shape} did not stop on SIGINT");
        var text = await stderr;
        // The whole process exit (runtime shutdown included) is timed; the bar is 100 ms.
        _output.WriteLine($"{shape}: exited {sw.ElapsedMilliseconds} ms after SIGINT");
        Assert.True(p.ExitCode == 130, $"exit {p.ExitCode}: {text}");
        Assert.StartsWith("Traceback (most recent call last):\n", text);
        Assert.Contains("shapes.py\", line ", text);
        Assert.EndsWith("KeyboardInterrupt\n", text);
    }

    [Fact]
    public async Task Program_compiled_with_fuel_stops_with_the_limit_traceback()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pycc-fuel-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "spin.py"), "def spin():\n    while True:\n        try:\n            pass\n        except BaseException:\n            pass\nprint('start')\nspin()\n");
        var dll = Pipeline.Compile(Path.Combine(dir, "spin.py"), Path.Combine(dir, "out", "spin.dll"), new CompilerOptions { Fuel = 10_000 }).AssemblyPath;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(30_000), "the program did not stop at its fuel limit");
        Assert.Equal(1, p.ExitCode);
        var err = await stderr;
        Assert.Equal("start\n", await stdout);
        Assert.Contains(", in spin", err);
        Assert.EndsWith("FuelExhaustedException: fuel exhausted (10000 safepoints)\n", err);
    }
}
