using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Pycc.Compiler.Tests;

/// <summary>A C# host compiled against the typed wrappers pycc generates from annotations.</summary>
public class TypedWrapperTests
{
    private const string Python = """
        '''Geometry helpers.'''


        class Box:
            '''An axis-aligned box.'''
            width: float
            height: float
            label: str | None

            def __init__(self, width, height, label=None):
                self.width = width
                self.height = height
                self.label = label


        def add(a: int, b: int) -> int:
            '''Adds two integers.'''
            return a + b


        def scale(values: list[float], factor: float = 2.0) -> list[float]:
            return [v * factor for v in values]


        def index(words: list[str]) -> dict[str, int]:
            return {w: i for i, w in enumerate(words)}


        def find(words: list[str], word: str) -> int | None:
            return words.index(word) if word in words else None


        def grow(b: Box, by: float) -> Box:
            return Box(b.width + by, b.height + by, (b.label or '') + '+')


        def shout(text: str, *, times: int = 1) -> str:
            return (text.upper() + '!') * times


        def log(message: str) -> None:
            print('log:', message)


        def untyped(x):
            return x
        """;

    private const string Host = """
        using System;
        using System.Linq;
        using Geo;

        public static class HostProgram
        {
            public static string Run(Pycc.Hosting.PythonRuntime runtime)
            {
                var geo = new GeometryModule(runtime);
                long sum = geo.Add(40, 2);
                var scaled = geo.Scale(new[] { 1.0, 2.5 });
                var tripled = geo.Scale(new[] { 1.0 }, factor: 3.0);
                var index = geo.Index(new[] { "a", "b" });
                long? found = geo.Find(new[] { "x", "y" }, "y");
                long? missing = geo.Find(new[] { "x" }, "z");
                GeometryModule.Box box = geo.Grow(new GeometryModule.Box { Width = 1, Height = 2 }, 0.5);
                geo.Log("hi");
                Pycc.Hosting.PythonObject dynamicResult = geo.Module.Call("untyped", 7);
                return string.Join("|", sum, string.Join(",", scaled), string.Join(",", tripled), index["b"], found, missing == null,
                    box.Width, box.Height, box.Label, geo.Shout("hey", times: 2), dynamicResult);
            }
        }
        """;

    [Fact]
    public void A_csharp_host_calls_annotated_python_through_typed_wrappers()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pycc-wrappers-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "geometry.py"), Python);
        var wrappers = Path.Combine(dir, "Wrappers.g.cs");
        var pyDll = Pipeline.Compile(Path.Combine(dir, "geometry.py"), Path.Combine(dir, "out", "geo_" + Path.GetFileName(dir)[^8..] + ".dll"),
            new CompilerOptions { Library = true, WrappersPath = wrappers, WrappersNamespace = "Geo" }).AssemblyPath;
        var source = File.ReadAllText(wrappers);
        Assert.Contains("public long Add(long a, long b)", source);
        Assert.Contains("/// Adds two integers.", source);
        Assert.Contains("public string? Label { get; set; }", source);
        Assert.DoesNotContain("Untyped", source);

        var host = CompileHost(source, pyDll);
        var stdout = new StringWriter();
        using var runtime = Pycc.Hosting.PythonProgram.Load(pyDll).CreateRuntime(new Pycc.Hosting.PythonRuntimeOptions { Stdout = stdout });
        var result = (string)host.GetType("HostProgram")!.GetMethod("Run")!.Invoke(null, new object[] { runtime })!;
        Assert.Equal("42|2,5|3|1|1|True|1.5|2.5|+|HEY!HEY!|7", result);
        Assert.Equal("log: hi\n", stdout.ToString());
    }

    /// <summary>Compiles the host and the wrappers with Roslyn against the framework, Pycc.Runtime and the Python assembly.</summary>
    private static Assembly CompileHost(string wrappers, string pythonAssembly)
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = tpa.Where(p => Path.GetFileName(p) is "System.Private.CoreLib.dll" or "System.Runtime.dll" or "System.Collections.dll"
                                        or "System.Linq.dll" or "System.Linq.Expressions.dll" or "System.Runtime.Numerics.dll" or "netstandard.dll")
            .Append(typeof(Pycc.Runtime.PyObject).Assembly.Location)
            .Append(pythonAssembly)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("host_" + Guid.NewGuid().ToString("N")[..8],
            new[] { CSharpSyntaxTree.ParseText(Host), CSharpSyntaxTree.ParseText(wrappers) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(pe.ToArray());
    }
}
