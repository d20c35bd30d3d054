using System.Collections.Concurrent;
using System.Diagnostics;
using Pycc.Compiler.Symbols;
using Pycc.Syntax;
using Xunit;
using Assert = Xunit.Assert;

namespace Pycc.Compiler.Tests;

/// <summary>
/// `pycc check` runs the symbol tables too: every file of CPython's installed standard
/// library that parses must also get through scope analysis (CPython compiles them all).
/// Runs where python3 is installed (it tells where the standard library is).
/// </summary>
public class StdlibSymbolTableTests
{
    private static string? StdlibDir()
    {
        try
        {
            var psi = new ProcessStartInfo("python3", "-c \"import sysconfig;print(sysconfig.get_paths()['stdlib'])\"")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var dir = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return Directory.Exists(dir) ? dir : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [Fact]
    public void Stdlib_files_that_parse_pass_scope_analysis()
    {
        var dir = StdlibDir();
        if (dir == null) return; // no CPython here: nothing to compare with
        var failures = new ConcurrentBag<string>();
        var files = Directory.EnumerateFiles(dir, "*.py", SearchOption.AllDirectories).ToList();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, f =>
        {
            Module module;
            string source;
            try
            {
                source = SourceText.Decode(File.ReadAllBytes(f), f);
                module = PythonParser.Parse(source, f);
                SyntaxChecks.Validate(module, f, source);
            }
            catch (PythonSyntaxError)
            {
                return; // the parser tests judge these against CPython
            }
            try
            {
                SymbolTable.Build(module, f, source);
            }
            catch (PythonSyntaxError e)
            {
                failures.Add($"{f}:{e.Line}: {e.Msg}");
            }
            catch (Exception e)
            {
                failures.Add($"{f}: CRASH {e.GetType().Name}: {e.Message}");
            }
        });
        Assert.True(files.Count > 1000, $"only {files.Count} files under {dir}");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Order()));
    }
}
