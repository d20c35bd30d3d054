using System.Reflection;
using Pycc.Runtime;
using Xunit;

namespace Pycc.Compiler.Tests;

/// <summary>The hosting example of README and docs/embedding.md, as a C# host would run it.</summary>
public class HostingTests
{
    private static CompiledModule[] CompileModules(string source)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pycc-hosting-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "app.py"), source);
        // Each test loads its own assembly into this process, so each needs its own name.
        var name = "hosted_" + Path.GetFileName(dir).Replace('-', '_');
        var output = Pipeline.Compile(Path.Combine(dir, "app.py"), Path.Combine(dir, "out", name + ".dll"), new CompilerOptions());
        var assembly = Assembly.LoadFrom(output.AssemblyPath);
        return (CompiledModule[])assembly.GetType("PyccProgram")!.GetField("Modules")!.GetValue(null)!;
    }

    [Fact]
    public void Host_imports_a_module_and_calls_a_function()
    {
        var modules = CompileModules("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n");
        var stdout = new StringWriter();
        var runtime = new PyRuntime(modules, stdout: stdout);
        var ctx = runtime.MainContext;
        var module = runtime.Import(ctx, "__main__");
        var result = module.Get("fib")!.Call1(ctx, PyInt.Get(20));
        Assert.Equal("6765", Ops.ReprString(ctx, result));
    }

    [Fact]
    public void Python_exception_reaches_the_host_with_its_traceback()
    {
        var modules = CompileModules("def fail():\n    raise ValueError('bad input')\n");
        var runtime = new PyRuntime(modules, stdout: new StringWriter());
        var ctx = runtime.MainContext;
        var fail = runtime.Import(ctx, "__main__").Get("fail")!;
        var e = Assert.Throws<PyException>(() => fail.Call0(ctx));
        Assert.Equal("ValueError", e.Value.Type.Name);
        var text = Tracebacks.Format(runtime, e.Value);
        Assert.Contains("line 2, in fail", text);
        Assert.EndsWith("ValueError: bad input\n", text);
    }

    [Fact]
    public void Interrupt_from_another_thread_stops_a_running_loop()
    {
        var modules = CompileModules("def spin():\n    while True:\n        pass\n");
        var runtime = new PyRuntime(modules, stdout: new StringWriter());
        var ctx = runtime.MainContext;
        var spin = runtime.Import(ctx, "__main__").Get("spin")!;
        using var timer = new Timer(_ => ctx.Interrupt(), null, 200, Timeout.Infinite);
        var e = Assert.Throws<PyException>(() => spin.Call0(ctx));
        Assert.Equal("KeyboardInterrupt", e.Value.Type.Name);
        // The runtime stays usable after the interrupt.
        Assert.Equal("3", Ops.ReprString(ctx, Ops.Add(ctx, PyInt.Get(1), PyInt.Get(2))));
    }
}
