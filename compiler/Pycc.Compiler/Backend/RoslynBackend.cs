using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Pycc.Compiler.Backend;

/// <summary>Compiles the generated C# with Roslyn into an assembly and its portable PDB.</summary>
public static class RoslynBackend
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_framework = new(LoadFramework);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MetadataReference> s_libraries = new();

    /// <summary>The framework (trusted platform assemblies) the generated code uses.</summary>
    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "System.Private.CoreLib", "System.Runtime", "System.Runtime.Numerics", "System.Collections", "System.Linq",
            "System.Console", "netstandard", "System.Runtime.InteropServices", "System.Threading",
        };
        var refs = tpa.Where(p => wanted.Contains(Path.GetFileNameWithoutExtension(p)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        return refs.ToImmutableArray();
    }

    /// <summary>The framework plus the pycc libraries (each read once per process).</summary>
    private static IEnumerable<MetadataReference> References(IEnumerable<string> libraries) =>
        s_framework.Value.Concat(libraries.Select(p => s_libraries.GetOrAdd(Path.GetFullPath(p), f => MetadataReference.CreateFromFile(f))));

    /// <summary>A generated C# file; <paramref name="ClassName"/> names the class of a Python module.</summary>
    public sealed record Source(string Path, string Text, string? ClassName = null);

    public sealed record Result(bool Success, IReadOnlyList<string> Errors);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static Result Compile(string assemblyName, IReadOnlyList<Source> sources, IEnumerable<string> libraries, Stream peStream, Stream pdbStream)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path, Encoding.UTF8)).ToList();
        var options = new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                optimizationLevel: OptimizationLevel.Release,
                allowUnsafe: false,
                nullableContextOptions: NullableContextOptions.Disable,
                concurrentBuild: true,
                deterministic: true)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Suppress)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>());
        var compilation = CSharpCompilation.Create(assemblyName, trees, References(libraries), options);
        var emitOptions = new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: assemblyName + ".pdb");
        var result = compilation.Emit(peStream, pdbStream, options: emitOptions);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString()).ToList();
        return new Result(result.Success, errors);
    }
}
