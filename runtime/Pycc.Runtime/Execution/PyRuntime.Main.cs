namespace Pycc.Runtime;

public sealed partial class PyRuntime
{
    /// <summary>Stack for the thread that runs Python: deep recursion must end in RecursionError, not a crash.</summary>
    private const int MainStackBytes = 256 * 1024 * 1024;

    /// <summary>
    /// The entry point of a compiled program (`dotnet app.dll`): runs module `__main__` and
    /// turns its outcome into CPython's exit status and stderr output.
    /// </summary>
    public static int RunMain(IEnumerable<CompiledModule> modules, string[] args)
    {
        long started = Environment.TickCount64;
        int exitCode = 0;
        using var gcReasons = Environment.GetEnvironmentVariable("PYCC_GCSTATS") == "1" ? new GcReasonListener() : null;
        var thread = new Thread(() => exitCode = RunMainOnThisThread(modules, args), MainStackBytes);
        thread.Start();
        thread.Join();
        if (gcReasons != null) PrintGcStats(Environment.TickCount64 - started, gcReasons);
        return exitCode;
    }

    /// <summary>`PYCC_GCSTATS=1`: what the garbage collector cost the run (perf work; see perf/README.md).</summary>
    private static void PrintGcStats(long elapsedMs, GcReasonListener reasons) =>
        Console.Error.WriteLine($"pycc gc: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, " +
            $"allocated {GC.GetTotalAllocatedBytes() >> 20} MB, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, " +
            $"heap {GC.GetGCMemoryInfo().HeapSizeBytes >> 20} MB, jit {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms " +
            $"({System.Runtime.JitInfo.GetCompiledMethodCount()} methods), run {elapsedMs} ms; collections by generation and reason: {reasons.Summary()}");

    /// <summary>Counts the runtime's GC start events by generation and reason (why a full collection happened).</summary>
    private sealed class GcReasonListener : System.Diagnostics.Tracing.EventListener
    {
        private readonly Dictionary<string, int> _counts = new();

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Informational, (System.Diagnostics.Tracing.EventKeywords)1);
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCStart", StringComparison.Ordinal) || e.PayloadNames == null) return;
            string Field(string f) => e.PayloadNames.IndexOf(f) is var i and >= 0 ? e.Payload![i]?.ToString() ?? "?" : "?";
            var key = $"gen{Field("Depth")}/reason{Field("Reason")}";
            lock (_counts) _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }

        public string Summary()
        {
            lock (_counts) return string.Join(", ", _counts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} x{kv.Value}"));
        }
    }

    private static int RunMainOnThisThread(IEnumerable<CompiledModule> modules, string[] args)
    {
        var list = modules.ToList();
        var main = list.First(m => m.Name == "__main__");
        var rt = new PyRuntime(list, new[] { main.FileName }.Concat(args).ToArray());
        var ctx = rt.MainContext;
        var prev = ctx.Enter();
        // Ctrl+C becomes KeyboardInterrupt at the next safepoint, as in CPython.
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGINT, c =>
            {
                c.Cancel = true;
                ctx.Interrupt(2);
            });
        try
        {
            return rt.RunAsMain(ctx, main);
        }
        finally
        {
            PyContext.Restore(prev);
        }
    }

    /// <summary>Runs a module as `__main__` and returns the process exit status.</summary>
    public int RunAsMain(PyContext ctx, CompiledModule main)
    {
        int code;
        try
        {
            Import(ctx, "__main__");
            code = 0;
        }
        catch (PyException e)
        {
            code = HandleUncaught(ctx, e.Value);
        }
        catch (Exception e) when (e is not PyException)
        {
            code = HandleUncaught(ctx, Exceptions.FromClr(e).Value);
        }
        code = RunExitHandlers(ctx, code);
        try
        {
            Flush();
        }
        catch (IOException)
        {
            // stdout closed early (e.g. piped into `head`): CPython exits quietly too.
        }
        return code;
    }

    /// <summary>Prints an uncaught exception like CPython, or applies SystemExit; returns the exit status.</summary>
    public int HandleUncaught(PyContext ctx, PyBaseException exc)
    {
        if (exc.Type.IsSubtypeOf(TypeObjects.SystemExit))
        {
            var args = exc.Args.Items;
            var codeObj = args.Length == 0 ? PyNone.Instance : args.Length == 1 ? args[0] : exc.Args;
            switch (codeObj)
            {
                case PyNone: return 0;
                case PyIntegral i:
                    try { return (int)(long)(i.ToBig() & 0xFF); } catch (OverflowException) { return 1; }
                default:
                    Stdout.Flush();
                    Stderr.Write(Ops.StrString(ctx, codeObj) + "\n");
                    return 1;
            }
        }
        Stdout.TryFlush();
        Stderr.Write(Tracebacks.Format(this, exc));
        Stderr.Flush();
        // CPython dies by SIGINT here, which shells report as 128 + 2.
        return exc.Type.IsSubtypeOf(TypeObjects.KeyboardInterrupt) ? 130 : 1;
    }

    /// <summary>Functions registered with atexit, run last-in first-out.</summary>
    public readonly List<(PyObject fn, PyObject[] args, string[]? kwnames)> ExitHandlers = new();

    private int RunExitHandlers(PyContext ctx, int code)
    {
        for (int i = ExitHandlers.Count - 1; i >= 0; i--)
        {
            var (fn, a, kw) = ExitHandlers[i];
            try
            {
                fn.Call(ctx, a, kw);
            }
            catch (PyException e) when (!e.Value.Type.IsSubtypeOf(TypeObjects.SystemExit))
            {
                Stderr.Write("Exception ignored in atexit callback: " + Ops.ReprString(ctx, fn) + "\n" + Tracebacks.Format(this, e.Value));
            }
            catch (PyException e)
            {
                code = HandleUncaught(ctx, e.Value);
            }
        }
        ExitHandlers.Clear();
        return code;
    }
}
