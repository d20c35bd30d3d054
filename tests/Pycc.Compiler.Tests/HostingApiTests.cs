using System.Numerics;
using System.Runtime.CompilerServices;
using Pycc.Hosting;
using Xunit;

namespace Pycc.Compiler.Tests;

/// <summary>The Pycc.Hosting facade as a C# host uses it: loading, calls, conversions, errors, isolation.</summary>
public class HostingApiTests
{
    private const string Source = """
        import math

        counter = 0

        def root(x):
            return math.sqrt(x)

        def add(a, b=10, *, scale=1):
            return (a + b) * scale

        def bump():
            global counter
            counter += 1
            return counter

        def describe(x):
            return type(x).__name__ + ':' + repr(x)

        def values():
            return {'big': 2 ** 100, 'f': 1.5, 's': 'héllo', 'b': b'\x00\xff', 't': True, 'n': None,
                    'names': ['a', 'b'], 'pair': (1, 2), 'prices': {'x': 1.25, 'y': 2.0}}

        def apply(f, x):
            return f(x) + 1

        def twice():
            return lambda x: x * 2

        def parse(s):
            return int(s)

        def call_checked(f):
            try:
                return f()
            except ValueError as e:
                return 'caught ' + str(e)

        def through_host(f):
            return f()

        def deep():
            raise KeyError('missing')

        class Point:
            def __init__(self, x, y):
                self.x = x
                self.y = y
            def norm2(self):
                return self.x * self.x + self.y * self.y

        def classes():
            return [c.__name__ for c in object.__subclasses__() if c.__name__ == 'Point']

        def spin():
            while True:
                pass
        """;

    private static readonly Lazy<PythonProgram> s_program = new(() => PythonProgram.Load(CompileToAssembly(Source)));

    /// <summary>Compiles a script with the pycc pipeline into a uniquely named assembly and returns its path.</summary>
    internal static string CompileToAssembly(string source)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pycc-hostapi-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "app.py"), source);
        var name = "hostapi_" + Path.GetFileName(dir).Replace('-', '_');
        return Pipeline.Compile(Path.Combine(dir, "app.py"), Path.Combine(dir, "out", name + ".dll"), new CompilerOptions()).AssemblyPath;
    }

    private static PythonRuntime NewRuntime(TextWriter? stdout = null) =>
        s_program.Value.CreateRuntime(new PythonRuntimeOptions { Stdout = stdout ?? new StringWriter() });

    [Fact]
    public void Calls_with_positional_and_keyword_arguments()
    {
        var app = NewRuntime().Main;
        var add = app.Get("add")!;
        Assert.Equal(12L, add.Call(new object?[] { 1, 2 }, new Dictionary<string, object?> { ["scale"] = 4 }).As<long>());
        Assert.Equal(9L, add.Call(new object?[] { 1 }, new Dictionary<string, object?> { ["b"] = 2, ["scale"] = 3 }).As<long>());
        Assert.Equal(11L, app.Call<long>("add", 1));
        Assert.Equal(3.5, app.Call<double>("add", 1.5, 2));
        var e = Assert.Throws<PythonException>(() => app.Call("add"));
        Assert.Equal("TypeError", e.PythonType);
        Assert.Contains("missing 1 required positional argument: 'a'", e.PythonMessage);
    }

    [Fact]
    public void Hosted_programs_reach_the_builtin_stdlib_modules()
    {
        Assert.Equal(3.0, NewRuntime().Main.Call<double>("root", 9));
    }

    [Fact]
    public void Loading_an_assembly_built_for_another_runtime_version_is_a_clear_error()
    {
        var assembly = System.Reflection.Emit.AssemblyBuilder.DefineDynamicAssembly(new("fake_pycc_output"), System.Reflection.Emit.AssemblyBuilderAccess.Run);
        var type = assembly.DefineDynamicModule("fake").DefineType("PyccProgram", System.Reflection.TypeAttributes.Public | System.Reflection.TypeAttributes.Abstract | System.Reflection.TypeAttributes.Sealed);
        type.DefineField("RuntimeVersion", typeof(string), System.Reflection.FieldAttributes.Public | System.Reflection.FieldAttributes.Static | System.Reflection.FieldAttributes.Literal).SetConstant("0.0.1.0");
        type.DefineField("Modules", typeof(Pycc.Runtime.CompiledModule[]), System.Reflection.FieldAttributes.Public | System.Reflection.FieldAttributes.Static);
        type.CreateType();
        var e = Assert.Throws<InvalidOperationException>(() => PythonProgram.FromAssembly(assembly));
        Assert.Contains("compiled by pycc for Pycc.Runtime 0.0.1.0", e.Message);
        Assert.Throws<ArgumentException>(() => PythonProgram.FromAssembly(typeof(HostingApiTests).Assembly));
        Assert.Contains("__main__", s_program.Value.ModuleNames);
    }

    [Fact]
    public void Converts_python_results_to_dotnet_types()
    {
        var v = NewRuntime().Main.Call("values");
        Assert.Equal(BigInteger.Pow(2, 100), v["big"].As<BigInteger>());
        Assert.Equal(1.5, v["f"].As<double>());
        Assert.Equal("héllo", v["s"].As<string>());
        Assert.Equal(new byte[] { 0, 255 }, v["b"].As<byte[]>());
        Assert.True(v["t"].As<bool>());
        Assert.Null(v["n"].As<string?>());
        Assert.Null(v["n"].As<long?>());
        Assert.Equal(new[] { "a", "b" }, v["names"].As<IReadOnlyList<string>>());
        Assert.Equal(new long[] { 1, 2 }, v["pair"].As<long[]>());
        Assert.Equal(2.0, v["prices"].As<IReadOnlyDictionary<string, double>>()["y"]);
        Assert.Equal(new object?[] { 1L, 2L }, (object?[])v["pair"].ToClr()!);
        Assert.Throws<InvalidCastException>(() => v["big"].As<long>());
        Assert.Throws<InvalidCastException>(() => v["s"].As<long>());
    }

    [Fact]
    public void Converts_dotnet_arguments_to_python_types()
    {
        var app = NewRuntime().Main;
        string Describe(object? x) => app.Call<string>("describe", x);
        Assert.Equal("int:42", Describe(42));
        Assert.Equal("int:18446744073709551615", Describe(ulong.MaxValue));
        Assert.Equal("int:1267650600228229401496703205376", Describe(BigInteger.Pow(2, 100)));
        Assert.Equal("float:0.5", Describe(0.5));
        Assert.Equal("str:'hi'", Describe("hi"));
        Assert.Equal("bytes:b'\\x01'", Describe(new byte[] { 1 }));
        Assert.Equal("bool:True", Describe(true));
        Assert.Equal("NoneType:None", Describe(null));
        Assert.Equal("list:[1, 2]", Describe(new List<int> { 1, 2 }));
        Assert.Equal("list:['x']", Describe(new[] { "x" }));
        Assert.Equal("tuple:(1, 'a')", Describe((1, "a")));
        Assert.Equal("dict:{'k': 1.5}", Describe(new Dictionary<string, double> { ["k"] = 1.5 }));
        Assert.Throws<ArgumentException>(() => Describe(new object()));
    }

    [Fact]
    public void Globals_can_be_read_and_set()
    {
        var app = NewRuntime().Main;
        Assert.Equal(0L, app.Get<long>("counter"));
        app.Set("counter", 41);
        Assert.Equal(42L, app.Call<long>("bump"));
        Assert.Equal(42L, app.Get<long>("counter"));
        Assert.Contains("bump", app.GlobalNames);
        Assert.Null(app.Get("nope"));
        Assert.Equal("AttributeError", Assert.Throws<PythonException>(() => app.Call("nope")).PythonType);
    }

    [Fact]
    public void Dynamic_view_scripts_python_objects()
    {
        dynamic app = NewRuntime().Main;
        long sum = app.add(2, 3, scale: 2);
        Assert.Equal(10L, sum);
        dynamic p = app.Point(3, 4);
        Assert.Equal(25L, (long)p.norm2());
        p.x = 6;
        Assert.Equal(52L, (long)p.norm2());
        dynamic v = app.values();
        Assert.Equal("héllo", (string)v["s"]);
        v["new"] = 7;
        Assert.Equal(7L, (long)v["new"]);
    }

    [Fact]
    public void Python_errors_arrive_as_one_exception_type_with_the_traceback()
    {
        var app = NewRuntime().Main;
        var e = Assert.Throws<PythonException>(() => app.Call("parse", "x"));
        Assert.Equal("ValueError", e.PythonType);
        Assert.Equal("invalid literal for int() with base 10: 'x'", e.PythonMessage);
        Assert.True(e.IsInstanceOf("Exception"));
        Assert.Contains("in parse", e.PythonTraceback);
        Assert.EndsWith("ValueError: invalid literal for int() with base 10: 'x'\n", e.PythonTraceback);
        Assert.Equal("ValueError: invalid literal for int() with base 10: 'x'", e.Message);
    }

    [Fact]
    public void Python_callables_become_typed_delegates_and_back()
    {
        var app = NewRuntime().Main;
        var doubler = app.Call("twice").As<Func<long, long>>();
        Assert.Equal(14L, doubler(7));
        Func<long, long> square = x => x * x;
        Assert.Equal(26L, app.Call<long>("apply", square, 5));
        Action<string> ignore = _ => { };
        Assert.Equal("TypeError", Assert.Throws<PythonException>(() => app.Call("apply", ignore, 5)).PythonType);
    }

    [Fact]
    public void Host_callback_errors_become_python_exceptions_and_keep_frames()
    {
        var app = NewRuntime().Main;
        // A .NET exception in a callback is catchable in Python as the nearest Python type.
        Func<long> bad = () => throw new FormatException("not a number");
        Assert.Equal("caught FormatException: not a number", app.Call<string>("call_checked", bad));
        // Uncaught, it reaches the host with the .NET exception as InnerException.
        Func<long> worse = () => throw new InvalidOperationException("boom");
        var e = Assert.Throws<PythonException>(() => app.Call("through_host", worse));
        Assert.Equal("RuntimeError", e.PythonType);
        Assert.IsType<InvalidOperationException>(e.InnerException);
        // A Python error raised under a .NET frame keeps the Python frames on both sides.
        Func<long> nested = () => app.Call<long>("deep");
        var k = Assert.Throws<PythonException>(() => app.Call("through_host", nested));
        Assert.Equal("KeyError", k.PythonType);
        Assert.Contains("in through_host", k.PythonTraceback);
        Assert.Contains("in deep", k.PythonTraceback);
        Assert.True(k.PythonTraceback.IndexOf("in through_host") < k.PythonTraceback.IndexOf("in deep"));
    }

    [Fact]
    public void Runtimes_share_no_python_state()
    {
        var a = NewRuntime().Main;
        var b = NewRuntime().Main;
        a.Call("bump");
        a.Call("bump");
        Assert.Equal(1L, b.Call<long>("bump"));
        Assert.Equal(2L, a.Get<long>("counter"));
        // Each runtime's class Point is its own object; object.__subclasses__() only shows a runtime's own.
        Assert.Equal(new[] { "Point" }, a.Call<string[]>("classes"));
        Assert.Equal(new[] { "Point" }, b.Call<string[]>("classes"));
        Assert.Throws<ArgumentException>(() => b.Call("describe", a.Call("values")));
    }

    [Fact]
    public void A_disposed_runtime_is_collected()
    {
        var weak = RunAndDrop();
        for (int i = 0; i < 5 && IsAlive(weak); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(IsAlive(weak), "something static still references a disposed runtime");
    }

    /// <summary>Not inlined: the target fetched must not stay in a local of the caller across collections.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsAlive(WeakReference<object> weak) => weak.TryGetTarget(out _);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<object> RunAndDrop()
    {
        var rt = NewRuntime();
        dynamic app = rt.Main;
        Assert.Equal(25L, (long)app.Point(3, 4).norm2());
        Assert.Equal(new[] { "Point" }, rt.Main.Call<string[]>("classes"));
        // The main module stands for the runtime's Python state (classes reach it through their methods' globals).
        var weak = new WeakReference<object>(rt.Main.Object);
        rt.Dispose();
        Assert.Throws<ObjectDisposedException>(() => rt.Main);
        return weak;
    }

    [Fact]
    public async Task Runtimes_run_in_parallel_but_each_one_call_at_a_time()
    {
        var runtimes = Enumerable.Range(0, 4).Select(_ => NewRuntime()).ToArray();
        var results = new long[runtimes.Length];
        Parallel.For(0, runtimes.Length, i =>
        {
            var app = runtimes[i].Main;
            for (int n = 0; n < 2000; n++) app.Call("bump");
            results[i] = app.Get<long>("counter");
            dynamic dyn = app;
            Assert.Equal(25L, (long)dyn.Point(3, 4).norm2());
        });
        Assert.All(results, r => Assert.Equal(2000L, r));

        var rt = NewRuntime();
        var main = rt.Main;
        var started = new ManualResetEventSlim();
        var spinner = Task.Run(() => Assert.Throws<PythonException>(() => main.Call("through_host", new Func<long>(() => { started.Set(); main.Call("spin"); return 0; }))));
        Assert.True(started.Wait(10_000));
        Assert.Throws<InvalidOperationException>(() => main.Call("bump"));
        rt.Interrupt();
        Assert.Equal("KeyboardInterrupt", (await spinner).PythonType);
        Assert.Equal(1L, main.Call<long>("bump"));
    }
}

/// <summary>README's hosting snippet, as written there.</summary>
public class ReadmeHostingSnippetTests
{
    [Fact]
    public void Readme_snippet_runs()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pycc-readme-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "app.py"), """
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)

            def greet(name, punctuation='.'):
                return 'hello ' + name + punctuation
            """);
        // Each test assembly needs its own name in this process; the module is still `app`.
        var dll = Pipeline.Compile(Path.Combine(dir, "app.py"), Path.Combine(dir, "out", "app_" + Path.GetFileName(dir)[^8..] + ".dll"),
            new CompilerOptions { Library = true }).AssemblyPath;

        using var runtime = PythonProgram.Load(dll).CreateRuntime();
        var app = runtime.Import("app");
        long n = app.Call<long>("fib", 20);
        dynamic py = app;
        string s = py.greet("world", punctuation: "!");
        Assert.Equal(6765L, n);
        Assert.Equal("hello world!", s);
        Assert.Equal(new[] { "app" }, PythonProgram.Load(dll).ModuleNames);
    }
}
