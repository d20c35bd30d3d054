using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using Xunit;

namespace Pycc.Compiler.Tests;

/// <summary>What a debugger sees: the portable PDB maps IL back to Python lines.</summary>
public class DebuggingTests
{
    private const string Source = """
        def area(w, h):
            product = w * h
            return product

        total = 0
        for i in range(3):
            total += area(i, 2)
        print(total)
        """;

    [Fact]
    public void Pdb_sequence_points_map_to_python_lines()
    {
        var dll = HostingApiTests.CompileToAssembly(Source);
        using var pdbStream = File.OpenRead(Path.ChangeExtension(dll, ".pdb"));
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var pdb = provider.GetMetadataReader();

        // Python line numbers per method, for the methods whose points are in app.py.
        var linesByMethod = new List<HashSet<int>>();
        foreach (var handle in pdb.MethodDebugInformation)
        {
            var lines = new HashSet<int>();
            foreach (var sp in pdb.GetMethodDebugInformation(handle).GetSequencePoints())
            {
                if (sp.IsHidden) continue;
                var document = pdb.GetString(pdb.GetDocument(sp.Document).Name);
                if (document.EndsWith("app.py", StringComparison.Ordinal)) lines.Add(sp.StartLine);
            }
            if (lines.Count > 0) linesByMethod.Add(lines);
        }
        // The function body's statements (lines 2-3) are one method; the module body's (5-8) another.
        Assert.Contains(linesByMethod, l => l.IsSupersetOf(new[] { 2, 3 }) && l.All(n => n is >= 1 and <= 3));
        Assert.Contains(linesByMethod, l => l.IsSupersetOf(new[] { 5, 6, 7, 8 }));
        // Nothing maps past the end of the file (C# lines of the generated code would).
        Assert.All(linesByMethod, l => Assert.All(l, n => Assert.InRange(n, 1, Source.Split('\n').Length)));
    }
}
