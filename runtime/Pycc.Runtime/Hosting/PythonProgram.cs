using System.Reflection;
using Pycc.Runtime;

namespace Pycc.Hosting;

/// <summary>
/// A compiled Python program: the modules pycc put into one .NET assembly. Load it once,
/// then create as many independent <see cref="PythonRuntime"/>s from it as needed.
/// </summary>
public sealed class PythonProgram
{
    /// <summary>The class pycc emits into every compiled assembly to list its modules.</summary>
    private const string ManifestClass = "PyccProgram";

    private readonly CompiledModule[] _modules;

    public Assembly Assembly { get; }

    private PythonProgram(Assembly assembly, CompiledModule[] modules)
    {
        Assembly = assembly;
        _modules = modules;
    }

    /// <summary>Loads a compiled assembly from a file (e.g. a plugin the host did not reference).</summary>
    public static PythonProgram Load(string assemblyPath) =>
        FromAssembly(Assembly.LoadFrom(Path.GetFullPath(assemblyPath)));

    /// <summary>A compiled assembly the host references or has already loaded.</summary>
    public static PythonProgram FromAssembly(Assembly assembly)
    {
        var manifest = assembly.GetType(ManifestClass)
            ?? throw new ArgumentException($"{assembly.GetName().Name} was not compiled by pycc (it has no {ManifestClass} class)", nameof(assembly));
        var builtAgainst = manifest.GetField("RuntimeVersion")?.GetRawConstantValue() as string;
        var loaded = typeof(PyRuntime).Assembly.GetName().Version?.ToString();
        if (builtAgainst != loaded)
            throw new InvalidOperationException(
                $"{assembly.GetName().Name} was compiled by pycc for Pycc.Runtime {builtAgainst ?? "(unknown)"}, but this process loaded Pycc.Runtime {loaded}: " +
                "recompile the Python code with the matching pycc, or reference the Pycc.Runtime version it was built for");
        var modules = manifest.GetField("Modules")?.GetValue(null) as CompiledModule[]
            ?? throw new ArgumentException($"{assembly.GetName().Name}: {ManifestClass}.Modules is missing", nameof(assembly));
        return new PythonProgram(assembly, modules);
    }

    /// <summary>The dotted names of the modules compiled into the assembly (`__main__` is the entry script).</summary>
    public IReadOnlyList<string> ModuleNames => _modules.Select(m => m.Name).ToArray();

    /// <summary>Runs the entry script as `python app.py args` would: output to the console, the exit status returned.</summary>
    public int RunMain(string[] args) => PyRuntime.RunMain(_modules, args);

    /// <summary>A new Python world with its own modules, globals, builtins and sys.</summary>
    public PythonRuntime CreateRuntime(PythonRuntimeOptions? options = null) => new(_modules, options ?? new PythonRuntimeOptions());
}

/// <summary>How a <see cref="PythonRuntime"/> is set up.</summary>
public sealed class PythonRuntimeOptions
{
    /// <summary>sys.argv (sys.argv[0] is the program name).</summary>
    public IReadOnlyList<string> Argv { get; init; } = Array.Empty<string>();
    /// <summary>Where print() and sys.stdout go; the process's stdout when null.</summary>
    public TextWriter? Stdout { get; init; }
    public TextWriter? Stderr { get; init; }
    public TextReader? Stdin { get; init; }
    // Execution limits (issue 3) and the switch for Python code calling .NET belong here.
}
