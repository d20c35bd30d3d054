namespace Pycc.Runtime;

/// <summary>A Python module compiled into an assembly: what the import system needs to run it.</summary>
public sealed class CompiledModule
{
    public required string Name { get; init; }
    /// <summary>The path shown in tracebacks and `__file__`.</summary>
    public required string FileName { get; init; }
    public bool IsPackage { get; init; }
    public required PyCode Body { get; init; }
    /// <summary>The global names the module's code uses, by slot number.</summary>
    public required string[] GlobalNames { get; init; }
    /// <summary>The Python source, for the lines shown in tracebacks.</summary>
    public string? Source { get; init; }
}

/// <summary>
/// One independent Python world: its modules, builtins and sys. Several can live in one
/// process; nothing here is static except the immutable built-in types.
/// </summary>
public sealed partial class PyRuntime
{
    public readonly PyModule Builtins;
    public readonly PyModule Sys;
    /// <summary>sys.modules.</summary>
    public readonly PyDict Modules = new();
    private readonly Dictionary<string, CompiledModule> _compiled = new();
    private readonly Dictionary<string, string[]> _sourceLines = new();
    public int RecursionLimit = 1000;
    public readonly PyStdStream Stdout, Stderr;
    public readonly PyStdStream Stdin;
    public PyContext MainContext;
    /// <summary>The `signal` module's handler table, indexed by signal number; created on first use.</summary>
    internal PyObject[]? SignalHandlers;
    /// <summary>Subclasses this runtime made of built-in types (see <see cref="PyType.Subclasses"/>).</summary>
    internal readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyType, List<WeakReference<PyType>>> BuiltinSubclasses = new();

    public PyRuntime(IEnumerable<CompiledModule> modules, string[]? argv = null, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null)
    {
        TypeObjects.EnsureInitialized();
        foreach (var m in modules)
        {
            _compiled[m.Name] = m;
            if (m.Source != null) _sourceLines[m.FileName] = m.Source.Split('\n');
        }
        Stdout = new PyStdStream("<stdout>", stdout ?? DefaultStdout(), null);
        Stderr = new PyStdStream("<stderr>", stderr ?? DefaultStderr(), null);
        Stdin = new PyStdStream("<stdin>", null, stdin ?? Console.In);
        Builtins = new PyModule("builtins", null);
        BuiltinFunctions.Install(this, Builtins);
        Modules.SetStr("builtins", Builtins);
        Sys = SysModule.Create(this, argv ?? Array.Empty<string>());
        Modules.SetStr("sys", Sys);
        MainContext = new PyContext(this);
    }

    private static TextWriter DefaultStdout() =>
        new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };

    private static TextWriter DefaultStderr() =>
        new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false), 1 << 12) { AutoFlush = true, NewLine = "\n" };

    public bool IsCompiledModule(string name) => _compiled.ContainsKey(name);
    public CompiledModule? FindCompiled(string name) => _compiled.GetValueOrDefault(name);
    public IEnumerable<CompiledModule> CompiledModules => _compiled.Values;

    /// <summary>The source line (1-based) of a compiled file, for tracebacks; null if unknown.</summary>
    public string? SourceLine(string fileName, int line)
    {
        if (_sourceLines.TryGetValue(fileName, out var lines) && line >= 1 && line <= lines.Length)
            return lines[line - 1].TrimEnd('\r');
        return null;
    }

    public void Flush()
    {
        Stdout.Flush();
        Stderr.Flush();
    }
}
