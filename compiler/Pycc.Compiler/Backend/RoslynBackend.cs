using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Pycc.Compiler.Backend;

/// <summary>Compiles the generated C# with Roslyn into an assembly and its portable PDB.</summary>
public static class RoslynBackend
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>The framework (trusted platform assemblies) plus the pycc runtime.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
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
        refs.Add(MetadataReference.CreateFromFile(typeof(Pycc.Runtime.PyObject).Assembly.Location));
        refs.Add(MetadataReference.CreateFromFile(typeof(Pycc.Stdlib.StdlibModules).Assembly.Location));
        return refs.ToImmutableArray();
    }

    public sealed record Source(string Path, string Text);

    public sealed record Result(bool Success, IReadOnlyList<string> Errors);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static Result Compile(string assemblyName, IReadOnlyList<Source> sources, Stream peStream, Stream pdbStream)
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
        var compilation = CSharpCompilation.Create(assemblyName, trees, s_references.Value, options);
        var emitOptions = new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: assemblyName + ".pdb");
        var result = compilation.Emit(peStream, pdbStream, options: emitOptions);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString()).ToList();
        return new Result(result.Success, errors);
    }
}
