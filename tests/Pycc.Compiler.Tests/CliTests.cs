using System.Diagnostics;
using Xunit;

namespace Pycc.Compiler.Tests;

/// <summary>The `pycc` command as a user runs it: exit codes and messages for good and bad input.</summary>
public class CliTests
{
    private static readonly string PyccDll = Path.Combine(Path.GetDirectoryName(typeof(Pycc.Cli.Program).Assembly.Location)!, "pycc.dll");

    private static (int code, string stdout, string stderr) Pycc(string cwd, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = cwd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(PyccDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYCC_CACHE_DIR"] = Path.Combine(cwd, "cache");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), "pycc did not finish");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pycc-cli-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void No_arguments_is_a_usage_error()
    {
        var (code, _, err) = Pycc(TempDir());
        Assert.Equal(2, code);
        Assert.Contains("usage:", err);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "a.py"), "print(1)\n");
        var (code, _, err) = Pycc(dir, "a.py", "--frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("unknown option '--frobnicate'", err);
    }

    [Fact]
    public void Missing_input_is_reported()
    {
        var (code, _, err) = Pycc(TempDir(), "nope.py");
        Assert.Equal(2, code);
        Assert.Contains("can't open file 'nope.py'", err);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (code, stdout, _) = Pycc(TempDir(), "--version");
        Assert.Equal(0, code);
        Assert.StartsWith("pycc ", stdout);
    }

    [Fact]
    public void Syntax_error_is_shown_like_CPython()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "bad.py"), "x = 1\nif x\n    pass\n");
        var (code, _, err) = Pycc(dir, "bad.py", "-o", "out/bad.dll");
        Assert.Equal(1, code);
        Assert.Contains("bad.py\", line 2", err);
        Assert.Contains("SyntaxError: expected ':'", err);
        Assert.Contains("^", err);
        Assert.False(File.Exists(Path.Combine(dir, "out", "bad.dll")));
    }

    [Fact]
    public void Run_reports_a_syntax_error_like_compile_does()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "bad.py"), "print(1\n");
        var (code, _, err) = Pycc(dir, "run", "bad.py");
        Assert.Equal(1, code);
        Assert.Contains("SyntaxError: '(' was never closed", err);
    }

    [Fact]
    public void Scope_error_is_a_compile_error()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "bad.py"), "def f():\n    nonlocal x\n");
        var (code, _, err) = Pycc(dir, "check", "bad.py");
        Assert.Equal(1, code);
        Assert.Contains("SyntaxError: no binding for nonlocal 'x' found", err);
    }

    [Fact]
    public void Unwritable_output_is_reported()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "a.py"), "print(1)\n");
        File.WriteAllText(Path.Combine(dir, "blocker"), "a file where a directory should be");
        var (code, _, err) = Pycc(dir, "a.py", "-o", "blocker/a.dll");
        Assert.Equal(1, code);
        Assert.Contains("cannot write", err);
    }

    [Fact]
    public void Compile_then_run_with_dotnet_and_run_command()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "app.py"), "import sys\nprint('args', sys.argv[1:])\nsys.exit(3)\n");
        var (code, _, err) = Pycc(dir, "app.py", "-o", "out/app.dll", "--emit-cs", "cs");
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(dir, "out", "app.runtimeconfig.json")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, "cs"), "*.cs"));

        var (runCode, stdout, _) = Pycc(dir, "run", "app.py", "x", "y");
        Assert.Equal(3, runCode);
        Assert.Equal("args ['x', 'y']\n", stdout);
    }

    [Fact]
    public void Sigint_raises_KeyboardInterrupt_at_the_running_line_and_exits_130()
    {
        if (OperatingSystem.IsWindows()) return;
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "spin.py"), "def spin():\n    n = 0\n    while True:\n        n += 1\nprint('start', flush=True)\nspin()\n");
        var (code, _, err) = Pycc(dir, "spin.py", "-o", "out/spin.dll");
        Assert.True(code == 0, err);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dir };
        psi.ArgumentList.Add(Path.Combine(dir, "out", "spin.dll"));
        using var p = Process.Start(psi)!;
        Assert.Equal("start", p.StandardOutput.ReadLine());
        var stderr = p.StandardError.ReadToEndAsync();
        using (var kill = Process.Start("kill", $"-INT {p.Id}")) kill.WaitForExit();
        Assert.True(p.WaitForExit(10_000), "the program did not stop on SIGINT");
        var text = stderr.Result;
        Assert.True(p.ExitCode == 130, $"exit {p.ExitCode}: {text}");
        Assert.Contains(", in spin", text);
        Assert.EndsWith("KeyboardInterrupt\n", text);
    }
}
