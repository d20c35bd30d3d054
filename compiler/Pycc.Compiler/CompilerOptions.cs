namespace Pycc.Compiler;

/// <summary>Switches that change the generated code.</summary>
public sealed record CompilerOptions
{
    /// <summary>Emit interrupt safepoints at loop back-edges and function entries (off only to measure their cost).</summary>
    public bool Safepoints { get; init; } = true;
    /// <summary>Like `python -O`: drop assert statements.</summary>
    public bool Optimize { get; init; }
    /// <summary>Write the generated C# here (the first debugging tool).</summary>
    public string? EmitCsDirectory { get; init; }
    /// <summary>
    /// The assemblies compiled programs run on: referenced when compiling, copied beside the
    /// program, and initialized by its Main. By default the pycc runtime and the standard
    /// library that ships beside the compiler.
    /// </summary>
    public IReadOnlyList<RuntimeLibrary> Libraries { get; init; } = RuntimeLibrary.Standard;
}

/// <summary>
/// An assembly compiled programs reference: its path and, for a library of modules, the
/// static method (`Namespace.Class.Method`) that registers them with the import system.
/// </summary>
public sealed record RuntimeLibrary(string AssemblyPath, string? Initializer = null)
{
    /// <summary>The entry point of pycc's standard library (stdlib/Pycc.Stdlib).</summary>
    public const string StdlibAssemblyName = "Pycc.Stdlib";

    /// <summary>
    /// The runtime, plus the standard library when it is installed beside the compiler (the
    /// compiler does not reference it: the library's Python modules are compiled by this compiler).
    /// </summary>
    public static IReadOnlyList<RuntimeLibrary> Standard { get; } = FindStandard();

    private static IReadOnlyList<RuntimeLibrary> FindStandard()
    {
        var list = new List<RuntimeLibrary> { new(typeof(Pycc.Runtime.PyObject).Assembly.Location) };
        var stdlib = Path.Combine(Path.GetDirectoryName(typeof(RuntimeLibrary).Assembly.Location)!, StdlibAssemblyName + ".dll");
        if (File.Exists(stdlib)) list.Add(new(stdlib, "Pycc.Stdlib.StdlibModules.Register"));
        return list;
    }

    /// <summary>The module version id: changes with every build of the assembly (compile-cache keys).</summary>
    public Guid BuildId()
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(AssemblyPath));
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return md.GetGuid(md.GetModuleDefinition().Mvid);
    }
}
