using System.Diagnostics;
using Xunit;

namespace Pycc.Compiler.Tests;

/// <summary>The standard library's modules written in Python (stdlib/Lib), compiled into Pycc.Stdlib at build time.</summary>
public class StdlibTests
{
    private static (int code, string stdout, string stderr) CompileAndRun(string source)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pycc-stdlib-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "app.py"), source);
        var dll = Path.Combine(dir, "out", "app.dll");
        Pipeline.Compile(Path.Combine(dir, "app.py"), dll, new CompilerOptions());
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(30_000), "the program did not finish");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Program_importing_a_Python_written_module_compiles_and_runs()
    {
        var (code, stdout, stderr) = CompileAndRun("import functools\nprint(functools.reduce(lambda a, b: a * b, range(1, 6)))\n");
        Assert.True(code == 0, stderr);
        Assert.Equal("120\n", stdout);
    }

    [Fact]
    public void Library_modules_are_not_compiled_into_the_program()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pycc-stdlib-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "app.py"), "import functools\n");
        var output = Pipeline.Compile(Path.Combine(dir, "app.py"), Path.Combine(dir, "out", "app.dll"), new CompilerOptions());
        Assert.Equal(new[] { "__main__" }, output.ModuleNames);
        Assert.True(File.Exists(Path.Combine(dir, "out", "Pycc.Stdlib.dll")), "the standard library is copied beside the program");
    }

    [Fact]
    public void Traceback_through_library_code_shows_the_Python_file_and_line()
    {
        var (code, _, stderr) = CompileAndRun("import functools\nfunctools.reduce(lambda a, b: a + b, [])\n");
        Assert.Equal(1, code);
        Assert.Contains("File \"Lib/functools.py\", line ", stderr);
        Assert.Contains("raise TypeError(\"reduce() of empty iterable with no initial value\") from None", stderr);
        Assert.EndsWith("TypeError: reduce() of empty iterable with no initial value\n", stderr);
    }
}
