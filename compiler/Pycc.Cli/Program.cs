using System.Diagnostics;
using System.Reflection;
using Pycc.Compiler;
using Pycc.Syntax;

namespace Pycc.Cli;

/// <summary>The `pycc` command.</summary>
public static class Program
{
    private const string Usage = """
        usage: pycc FILE.py [-o OUT.dll] [options]     compile a program and the local modules it imports
               pycc run FILE.py [ARGS...]              compile (cached by content) and run
               pycc check FILE.py [FILE.py...]         report syntax errors only
               pycc --version | --help

        options:
          -o, --output PATH     the assembly to write (default: FILE.dll beside FILE.py)
          --emit-cs DIR         also write the generated C# to DIR
          --no-safepoints       omit interrupt safepoints (only to measure their cost)
          --fuel N              stop the program after N safepoints (metered mode; see docs/interrupts.md)
          -O                    drop assert statements, like python -O
          --library             compile FILE.py as a module named after the file, for hosts to import
          --wrappers FILE.cs    also write typed C# wrappers of the annotated functions and classes
          --wrappers-namespace NS   their C# namespace (default PythonModules)
          --msbuild-errors      report errors as `file.py(line,col): error PY0001: ...` (used by Pycc.Build)
        """;

    /// <summary>Set by --msbuild-errors: errors in MSBuild's canonical format instead of CPython's.</summary>
    private static bool s_msbuildErrors;

    public static int Main(string[] args)
    {
        s_msbuildErrors = args.Contains("--msbuild-errors");
        try
        {
            return Run(args.Where(a => a != "--msbuild-errors").ToArray());
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("pycc: error: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        catch (CompileError e)
        {
            Console.Error.WriteLine(s_msbuildErrors ? e.FormatForMsBuild() : e.Format());
            return 1;
        }
        catch (InternalCompilerError e)
        {
            Console.Error.WriteLine("pycc: internal compiler error: " + e.Message);
            return 3;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine("pycc: error: " + e.Message);
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine("pycc: error: " + e.Message);
            return 1;
        }
    }

    private sealed class UsageException : Exception
    {
        public UsageException(string m) : base(m) { }
    }

    private static int Run(string[] args)
    {
        if (args.Length == 0) throw new UsageException("no input file");
        switch (args[0])
        {
            case "--version":
                Console.WriteLine("pycc " + Version);
                return 0;
            case "--help" or "-h":
                Console.WriteLine(Usage);
                return 0;
            case "check":
                return Check(args[1..]);
            case "run":
                return RunProgram(args[1..]);
        }
        return CompileCommand(args);
    }

    private static string Version => typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static (string input, string? output, CompilerOptions options, string[] rest) ParseCompileArgs(string[] args, bool stopAtInput)
    {
        string? input = null, output = null, emitCs = null, wrappers = null, wrappersNamespace = null;
        bool safepoints = true, optimize = false, library = false;
        long? fuel = null;
        int i = 0;
        for (; i < args.Length; i++)
        {
            var a = args[i];
            switch (a)
            {
                case "-o" or "--output":
                    if (++i >= args.Length) throw new UsageException($"{a} needs a path");
                    output = args[i];
                    break;
                case "--emit-cs":
                    if (++i >= args.Length) throw new UsageException("--emit-cs needs a directory");
                    emitCs = args[i];
                    break;
                case "--no-safepoints": safepoints = false; break;
                case "--fuel":
                    if (++i >= args.Length || !long.TryParse(args[i], out var f) || f < 0) throw new UsageException("--fuel needs a non-negative number of safepoints");
                    fuel = f;
                    break;
                case "-O": optimize = true; break;
                case "--library": library = true; break;
                case "--wrappers":
                    if (++i >= args.Length) throw new UsageException("--wrappers needs a path");
                    wrappers = args[i];
                    break;
                case "--wrappers-namespace":
                    if (++i >= args.Length) throw new UsageException("--wrappers-namespace needs a name");
                    wrappersNamespace = args[i];
                    break;
                default:
                    if (a.StartsWith('-')) throw new UsageException($"unknown option '{a}'");
                    if (input != null) throw new UsageException($"unexpected argument '{a}'");
                    input = a;
                    if (stopAtInput) return Done(i + 1);
                    break;
            }
        }
        return Done(i);

        (string, string?, CompilerOptions, string[]) Done(int next)
        {
            if (input == null) throw new UsageException("no input file");
            if (!File.Exists(input)) throw new UsageException($"can't open file '{input}': No such file or directory");
            return (input, output, new CompilerOptions { Safepoints = safepoints, Optimize = optimize, Fuel = fuel, EmitCsDirectory = emitCs, Library = library, WrappersPath = wrappers, WrappersNamespace = wrappersNamespace ?? "PythonModules" }, args[next..]);
        }
    }

    private static int CompileCommand(string[] args)
    {
        var (input, output, options, _) = ParseCompileArgs(args, stopAtInput: false);
        output ??= Path.ChangeExtension(input, ".dll");
        if (!output.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            throw new UsageException($"the output must be a .dll path: '{output}'");
        var dir = Path.GetDirectoryName(Path.GetFullPath(output))!;
        try
        {
            Directory.CreateDirectory(dir);
            var probe = Path.Combine(dir, ".pycc-write-test");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"pycc: error: cannot write to '{dir}': {e.Message}");
            return 1;
        }
        Pipeline.Compile(input, output, options);
        return 0;
    }

    private static int RunProgram(string[] args)
    {
        var (input, _, options, programArgs) = ParseCompileArgs(args, stopAtInput: true);
        var graph = Pipeline.Load(input);
        var hash = Pipeline.ContentHash(graph, options);
        var cacheRoot = Environment.GetEnvironmentVariable("PYCC_CACHE_DIR")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "pycc");
        var name = Path.GetFileNameWithoutExtension(input);
        var dll = Path.Combine(cacheRoot, hash, name + ".dll");
        if (!File.Exists(dll)) Pipeline.Compile(graph, dll, options);
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in programArgs) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        return p.ExitCode;
    }

    private static int Check(string[] files)
    {
        if (files.Length == 0) throw new UsageException("check needs at least one file");
        int status = 0;
        foreach (var f in files)
        {
            if (!File.Exists(f))
            {
                Console.Error.WriteLine($"pycc: error: can't open file '{f}': No such file or directory");
                status = 1;
                continue;
            }
            try
            {
                var source = SourceText.Decode(File.ReadAllBytes(f), f);
                var module = PythonParser.Parse(source, f);
                SyntaxChecks.Validate(module, f, source);
                Pycc.Compiler.Symbols.SymbolTable.Build(module, f, source);
            }
            catch (PythonSyntaxError e)
            {
                Console.Error.WriteLine(e.Format());
                status = 1;
            }
        }
        return status;
    }
}
