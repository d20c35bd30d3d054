using System.Diagnostics;
using System.Reflection;
using Pycc.Runtime;
using Xunit;

namespace Pycc.Compiler.Tests;

/// <summary>
/// Hard limits and safepoint callbacks as a host uses them (docs/interrupts.md): every limit
/// ends the run with its own error, Python cannot catch or swallow it, cleanup still runs,
/// and the runtime is usable afterwards. One program, compiled once, serves every test.
/// </summary>
public class LimitsTests
{
    private const string Program = """
        import pycc
        import signal

        log = []

        def spin():
            while True:
                pass

        def count(n):
            t = 0
            for i in range(n):
                t += i
            return t

        def swallow_bare():
            while True:
                try:
                    spin()
                except:
                    log.append('caught')

        def swallow_base():
            while True:
                try:
                    spin()
                except BaseException:
                    pass

        def swallow_in_finally():
            while True:
                try:
                    spin()
                finally:
                    continue

        def return_in_finally():
            try:
                spin()
            finally:
                return 5

        def finally_runs():
            try:
                spin()
            finally:
                log.append('finally')

        class Suppressing:
            def __enter__(self):
                return self
            def __exit__(self, *exc):
                log.append('exit')
                return True

        def with_exit_runs():
            with Suppressing():
                spin()

        def recurse(n):
            return recurse(n + 1)

        def recursion_error_is_catchable():
            try:
                recurse(0)
            except RecursionError:
                return 'caught'

        def allocate():
            keep = []
            while True:
                keep.append([0] * 1000)

        def catch_keyboard_interrupt():
            try:
                spin()
            except KeyboardInterrupt:
                return 'caught'

        def check_block(interval):
            calls = []
            with pycc.check_interrupts(lambda: calls.append(1), interval):
                for i in range(1000):
                    pass
            for i in range(1000):
                pass
            return len(calls)

        def raise_from_check():
            def fail():
                raise ValueError('from the callback')
            try:
                with pycc.check_interrupts(fail, 10):
                    spin()
            except ValueError as e:
                return str(e)

        got = []

        def install_usr1():
            signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signum))

        def until_usr1():
            while not got:
                pass
            return got[0]
        """;

    private static readonly Lazy<CompiledModule[]> s_modules = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "pycc-limits-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "limits.py"), Program);
        var name = "limits_" + Path.GetFileName(dir).Replace('-', '_');
        var output = Pipeline.Compile(Path.Combine(dir, "limits.py"), Path.Combine(dir, "out", name + ".dll"), new CompilerOptions());
        var assembly = Assembly.LoadFrom(output.AssemblyPath);
        return (CompiledModule[])assembly.GetType("PyccProgram")!.GetField("Modules")!.GetValue(null)!;
    });

    private sealed class Host
    {
        public readonly PyRuntime Runtime = new(s_modules.Value, stdout: new StringWriter(), stderr: new StringWriter());
        public readonly PyModule Module;
        public PyContext Ctx => Runtime.MainContext;

        public Host() => Module = Ctx.Run(ExecutionLimits.None, c => Runtime.Import(c, "__main__"));

        public PyObject Call(ExecutionLimits limits, string fn, params PyObject[] args) => Ctx.Call(limits, Module.Get(fn)!, args);

        public string Log => Ops.ReprString(Ctx, Module.Get("log")!);

        /// <summary>The runtime still works: a plain call, and one under a fresh limit.</summary>
        public void AssertReusable()
        {
            Assert.Equal("4950", Ops.ReprString(Ctx, Call(ExecutionLimits.None, "count", PyInt.Get(100))));
            Assert.Equal("4950", Ops.ReprString(Ctx, Call(new ExecutionLimits { Fuel = 1_000 }, "count", PyInt.Get(100))));
            Assert.Equal(0, Ctx.Depth);
        }
    }

    private static readonly ExecutionLimits ShortDeadline = new() { Timeout = TimeSpan.FromMilliseconds(30) };

    [Fact]
    public void Fuel_ends_an_endless_loop_with_its_traceback()
    {
        var host = new Host();
        var e = Assert.Throws<FuelExhaustedException>(() => host.Call(new ExecutionLimits { Fuel = 10_000 }, "spin"));
        Assert.Equal(ExecutionLimit.Fuel, e.Limit);
        Assert.Contains("in spin", e.PythonTraceback);
        Assert.EndsWith("FuelExhaustedException: fuel exhausted (10000 safepoints)\n", e.PythonTraceback);
        host.AssertReusable();
    }

    [Fact]
    public void Fuel_is_a_deterministic_count_of_safepoints()
    {
        var host = new Host();
        // count(n): one function entry and n loop iterations.
        Assert.Equal("4950", Ops.ReprString(host.Ctx, host.Call(new ExecutionLimits { Fuel = 101 }, "count", PyInt.Get(100))));
        Assert.Throws<FuelExhaustedException>(() => host.Call(new ExecutionLimits { Fuel = 100 }, "count", PyInt.Get(100)));
    }

    [Fact]
    public void Deadline_ends_an_endless_loop()
    {
        var host = new Host();
        var sw = Stopwatch.StartNew();
        var e = Assert.Throws<DeadlineExceededException>(() => host.Call(ShortDeadline, "spin"));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Contains("in spin", e.PythonTraceback);
        host.AssertReusable();
    }

    [Fact]
    public void Cancellation_token_ends_the_run()
    {
        var host = new Host();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(30));
        Assert.Throws<ExecutionCancelledException>(() => host.Call(new ExecutionLimits { CancellationToken = cts.Token }, "spin"));
        // A token cancelled before the run starts stops it before any Python runs.
        Assert.Throws<ExecutionCancelledException>(() => host.Call(new ExecutionLimits { CancellationToken = cts.Token }, "count", PyInt.Get(1)));
        host.AssertReusable();
    }

    [Fact]
    public void Memory_budget_ends_an_allocating_loop()
    {
        var host = new Host();
        var e = Assert.Throws<MemoryBudgetExceededException>(() => host.Call(new ExecutionLimits { MemoryBytes = 20_000_000, PollInterval = TimeSpan.FromMilliseconds(1) }, "allocate"));
        Assert.Contains("in allocate", e.PythonTraceback);
        host.AssertReusable();
    }

    [Fact]
    public void Recursion_depth_limit_is_not_a_catchable_RecursionError()
    {
        var host = new Host();
        Assert.Equal("'caught'", Ops.ReprString(host.Ctx, host.Call(ExecutionLimits.None, "recursion_error_is_catchable")));
        var e = Assert.Throws<RecursionDepthExceededException>(() => host.Call(new ExecutionLimits { MaxRecursionDepth = 50 }, "recursion_error_is_catchable"));
        Assert.Contains("in recurse", e.PythonTraceback);
        host.AssertReusable();
    }

    [Theory]
    [InlineData("swallow_bare")]
    [InlineData("swallow_base")]
    [InlineData("swallow_in_finally")]
    [InlineData("return_in_finally")]
    public void Python_cannot_swallow_a_limit(string fn)
    {
        var host = new Host();
        Assert.Throws<DeadlineExceededException>(() => host.Call(ShortDeadline, fn));
        Assert.Throws<FuelExhaustedException>(() => host.Call(new ExecutionLimits { Fuel = 50_000 }, fn));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(30));
        Assert.Throws<ExecutionCancelledException>(() => host.Call(new ExecutionLimits { CancellationToken = cts.Token }, fn));
        Assert.DoesNotContain("caught", host.Log);
        host.AssertReusable();
    }

    [Fact]
    public void Finally_blocks_and_with_exits_still_run()
    {
        var host = new Host();
        Assert.Throws<FuelExhaustedException>(() => host.Call(new ExecutionLimits { Fuel = 1_000 }, "finally_runs"));
        Assert.Equal("['finally']", host.Log);
        // __exit__ runs (with no exception: Python cannot see the limit) and cannot suppress it.
        Assert.Throws<FuelExhaustedException>(() => host.Call(new ExecutionLimits { Fuel = 1_000 }, "with_exit_runs"));
        Assert.Equal("['finally', 'exit']", host.Log);
    }

    [Fact]
    public void Host_callback_every_N_safepoints_can_raise_into_Python()
    {
        var host = new Host();
        int calls = 0;
        var limits = new ExecutionLimits
        {
            CallbackEverySafepoints = 1_000,
            Callback = _ => ++calls == 5 ? throw PyErr.New(TypeObjects.KeyboardInterrupt) : SafepointAction.Continue,
        };
        Assert.Equal("'caught'", Ops.ReprString(host.Ctx, host.Call(limits, "catch_keyboard_interrupt")));
        Assert.Equal(5, calls);
        host.AssertReusable();
    }

    [Fact]
    public void Host_callback_every_T_ms_and_preemption_request()
    {
        var host = new Host();
        int calls = 0;
        var limits = new ExecutionLimits
        {
            CallbackInterval = TimeSpan.FromMilliseconds(2),
            Callback = _ => ++calls < 3 ? SafepointAction.Yield : throw PyErr.New(TypeObjects.KeyboardInterrupt),
        };
        Assert.Equal("'caught'", Ops.ReprString(host.Ctx, host.Call(limits, "catch_keyboard_interrupt")));
        Assert.Equal(3, calls);
        Assert.True(host.Ctx.YieldRequested);
    }

    [Fact]
    public void Check_interrupts_calls_back_every_interval_inside_its_block()
    {
        var host = new Host();
        // 1000 loop iterations in the block; none after it counts.
        Assert.Equal("10", Ops.ReprString(host.Ctx, host.Call(ExecutionLimits.None, "check_block", PyInt.Get(100))));
        Assert.Equal("'from the callback'", Ops.ReprString(host.Ctx, host.Call(ExecutionLimits.None, "raise_from_check")));
        host.AssertReusable();
    }

    [Fact]
    public void Posted_signal_runs_the_Python_handler()
    {
        var host = new Host();
        host.Call(ExecutionLimits.None, "install_usr1");
        using var timer = new Timer(_ => host.Ctx.Interrupt(10), null, 30, Timeout.Infinite);
        Assert.Equal("10", Ops.ReprString(host.Ctx, host.Call(new ExecutionLimits { Timeout = TimeSpan.FromSeconds(30) }, "until_usr1")));
        Assert.Throws<ArgumentOutOfRangeException>(() => host.Ctx.Interrupt(65));
    }

    [Fact]
    public void Host_function_can_check_for_interrupts()
    {
        var host = new Host();
        var longHostWork = new PyBuiltin("long_host_work", null)
        {
            F0 = (ctx, _) =>
            {
                while (true)
                {
                    Thread.Sleep(1);
                    ctx.CheckInterrupts();
                }
            },
        };
        using var timer = new Timer(_ => host.Ctx.Interrupt(), null, 30, Timeout.Infinite);
        var e = Assert.Throws<PyException>(() => host.Ctx.Call(ExecutionLimits.None, longHostWork));
        Assert.Equal("KeyboardInterrupt", e.Value.Type.Name);
        host.AssertReusable();
    }
}
