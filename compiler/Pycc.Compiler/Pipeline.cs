using System.Security.Cryptography;
using System.Text;
using Pycc.Compiler.Backend;
using Pycc.Compiler.Emit;
using Pycc.Compiler.Modules;
using Pycc.Compiler.Symbols;
using Pycc.Syntax;

namespace Pycc.Compiler;

/// <summary>
/// The compilation pipeline, in order:
///   1. read and parse the main script and every local module it imports (ModuleGraph)
///   2. check syntax-only rules (SyntaxChecks) — done while parsing each module
///   3. build symbol tables with CPython's scope rules (SymbolTable)
///   4. lower each module to C# text with #line directives (ModuleEmitter / FunctionLowering)
///   5. compile the C# with Roslyn into an assembly and a portable PDB (RoslynBackend)
///   6. write the assembly, PDB, runtimeconfig and the runtime assemblies beside it (OutputWriter)
/// </summary>
public static class Pipeline
{
    public sealed record Output(string AssemblyPath, IReadOnlyList<string> ModuleNames);

    /// <summary>Compiles a program to <paramref name="outputDll"/>; throws CompileError for errors in the Python program.</summary>
    public static Output Compile(string mainPath, string outputDll, CompilerOptions options) =>
        Compile(Load(mainPath), outputDll, options);

    /// <summary>Stages 1–2: the program's modules, parsed and checked.</summary>
    public static ModuleGraph Load(string mainPath)
    {
        try
        {
            return ModuleGraph.Load(mainPath);
        }
        catch (PythonSyntaxError e)
        {
            throw CompileError.From(e);
        }
    }

    /// <summary>Stages 1–2 for a library tree (the standard library's Python modules).</summary>
    public static ModuleGraph LoadLibrary(string root, string displayRoot)
    {
        try
        {
            return ModuleGraph.LoadLibrary(root, displayRoot);
        }
        catch (PythonSyntaxError e)
        {
            throw CompileError.From(e);
        }
    }

    /// <summary>Stages 3–6 for modules already loaded (`pycc run` hashes them first).</summary>
    public static Output Compile(ModuleGraph graph, string outputDll, CompilerOptions options)
    {
        var sources = Translate(graph, options);
        sources.Add(new RoslynBackend.Source("PyccProgram.cs", Usings + ProgramClass(sources.Select(s => s.ClassName!), options.Libraries)));
        WriteEmittedCs(sources, options);
        var name = Path.GetFileNameWithoutExtension(outputDll);
        var dir = Path.GetDirectoryName(Path.GetFullPath(outputDll))!;
        Directory.CreateDirectory(dir);
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = RoslynBackend.Compile(name, sources, options.Libraries.Select(l => l.AssemblyPath), pe, pdb);
        if (!result.Success)
            throw new InternalCompilerError("the generated C# did not compile:\n" + string.Join("\n", result.Errors.Take(20)));
        OutputWriter.Write(dir, name, pe.ToArray(), pdb.ToArray(), options.Libraries);
        return new Output(Path.Combine(dir, name + ".dll"), graph.Modules.Select(u => u.Name).ToList());
    }

    /// <summary>
    /// Stages 3–4: one C# source per module (no entry point), in <paramref name="csNamespace"/>
    /// when given (the standard library's modules are compiled into its own namespace).
    /// </summary>
    public static List<RoslynBackend.Source> Translate(ModuleGraph graph, CompilerOptions options, string? csNamespace = null)
    {
        var sources = new List<RoslynBackend.Source>();
        foreach (var unit in graph.Modules)
        {
            SymbolTable symbols;
            try
            {
                symbols = SymbolTable.Build(unit.Ast, unit.FileName, unit.Source);
            }
            catch (PythonSyntaxError e)
            {
                throw CompileError.From(e);
            }
            var emitter = new ModuleEmitter(unit, symbols, options);
            string code;
            try
            {
                code = emitter.Emit();
            }
            catch (CompileError e) when (e.SourceLine == null)
            {
                throw new CompileError(e.FileName, e.Line, e.Column, e.Message, e.Kind) { SourceLine = LineOf(unit.Source, e.Line) };
            }
            var header = csNamespace == null ? Usings : Usings + $"namespace {csNamespace};\n";
            sources.Add(new RoslynBackend.Source(emitter.ClassName + ".cs", header + code, emitter.ClassName));
        }
        return sources;
    }

    private static void WriteEmittedCs(List<RoslynBackend.Source> sources, CompilerOptions options)
    {
        if (options.EmitCsDirectory == null) return;
        Directory.CreateDirectory(options.EmitCsDirectory);
        foreach (var s in sources) File.WriteAllText(Path.Combine(options.EmitCsDirectory, s.Path), s.Text);
    }

    private static string? LineOf(string source, int line)
    {
        var lines = source.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
    }

    private const string Usings = "using System;\nusing Pycc.Runtime;\n";

    private static string ProgramClass(IEnumerable<string> moduleClasses, IEnumerable<RuntimeLibrary> libraries)
    {
        var w = new CodeWriter();
        w.Open("public static class PyccProgram");
        w.Line($"public static readonly CompiledModule[] Modules = {{ {string.Join(", ", moduleClasses.Select(c => c + ".Info"))} }};");
        w.Open("public static int Main(string[] args)");
        foreach (var library in libraries)
            if (library.Initializer != null) w.Line(library.Initializer + "();");
        w.Line("return PyRuntime.RunMain(Modules, args);");
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>A key for the compile cache: compiler version, options and every source file of the program.</summary>
    public static string ContentHash(ModuleGraph graph, CompilerOptions options)
    {
        var sb = new StringBuilder();
        sb.Append(typeof(Pipeline).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var library in options.Libraries) sb.Append(library).Append(library.BuildId()).Append('\n');
        sb.Append(options with { EmitCsDirectory = null, Libraries = Array.Empty<RuntimeLibrary>() }).Append('\n');
        foreach (var u in graph.Modules.OrderBy(u => u.Name, StringComparer.Ordinal))
            sb.Append(u.Name).Append('\0').Append(u.FileName).Append('\0').Append(u.Source).Append('\0');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..32].ToLowerInvariant();
    }
}

/// <summary>A bug in pycc itself (never the user's program's fault).</summary>
public sealed class InternalCompilerError : Exception
{
    public InternalCompilerError(string message) : base(message) { }
}
