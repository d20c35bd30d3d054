using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Pycc.Runtime;

namespace Pycc.Hosting;

/// <summary>
/// One independent Python world (modules, globals, builtins, sys, output streams). Runtimes
/// share no Python state, so a host may create one per plugin, per tenant or per thread.
/// </summary>
/// <remarks>
/// Thread affinity: a runtime runs one call at a time. Any thread may use it, but while one
/// thread is running Python in it, a call from another thread throws
/// <see cref="InvalidOperationException"/>; calls back into the runtime from .NET code that
/// Python called (on the same thread) are fine. <see cref="Interrupt"/> is the exception: it
/// may be called from any thread at any time. Different runtimes run in parallel freely.
/// Dispose a runtime that is no longer needed: the compiled code's inline caches are shared
/// by all runtimes and may otherwise keep its classes (and so the runtime) reachable.
/// </remarks>
public sealed class PythonRuntime : IDisposable
{
    /// <summary>The low-level runtime, for code that uses Pycc.Runtime directly.</summary>
    public PyRuntime Core { get; }

    /// <summary>The managed thread id running Python in this runtime, 0 when idle.</summary>
    private int _ownerThread;
    private int _depth;
    private bool _disposed;
    /// <summary>.NET exceptions thrown by host callbacks, by the Python exception they became.</summary>
    private readonly ConditionalWeakTable<PyBaseException, Exception> _hostCauses = new();

    internal PythonRuntime(CompiledModule[] modules, PythonRuntimeOptions options)
    {
        Core = new PyRuntime(modules, options.Argv.ToArray(), options.Stdout, options.Stderr, options.Stdin);
    }

    /// <summary>Imports a module (running its body the first time) and returns it.</summary>
    public PythonModule Import(string moduleName) => Run(ctx => new PythonModule(this, Core.Import(ctx, moduleName)));

    /// <summary>The entry script of the program (`__main__`), imported on first use.</summary>
    public PythonModule Main => Import("__main__");

    /// <summary>The builtins module: `runtime.Builtins.Call("len", ...)`.</summary>
    public PythonModule Builtins => new(this, Core.Builtins);

    /// <summary>Converts a .NET value to a Python object of this runtime.</summary>
    public PythonObject ToPython(object? value) => Run(ctx => new PythonObject(this, PyConvert.ToPython(this, ctx, value)));

    /// <summary>
    /// Asks the running Python code to raise KeyboardInterrupt at its next safepoint (a loop
    /// back-edge or a function entry). Thread-safe; the call in progress ends with a
    /// <see cref="PythonException"/> whose PythonType is "KeyboardInterrupt".
    /// </summary>
    public void Interrupt() => Core.MainContext.Interrupt();

    // Execution limits (issue 3: ExecutionLimits in Pycc.Runtime/Execution) are exposed here.

    /// <summary>
    /// Runs <paramref name="body"/> with this runtime entered on the calling thread: checks
    /// thread affinity, makes the context current, turns Python exceptions into
    /// <see cref="PythonException"/> and flushes Python's output when the outermost call ends.
    /// </summary>
    internal T Run<T>(Func<PyContext, T> body)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int me = Environment.CurrentManagedThreadId;
        int owner = Interlocked.CompareExchange(ref _ownerThread, me, 0);
        if (owner != 0 && owner != me)
            throw new InvalidOperationException("this PythonRuntime is running Python on another thread; a runtime runs one call at a time (use one runtime per thread)");
        var ctx = Core.MainContext;
        var prev = ctx.Enter();
        _depth++;
        try
        {
            return body(ctx);
        }
        catch (PyException e)
        {
            throw new PythonException(this, e, _hostCauses.TryGetValue(e.Value, out var cause) ? cause : null);
        }
        finally
        {
            PyContext.Restore(prev);
            if (--_depth == 0)
            {
                Core.Stdout.TryFlush();
                Volatile.Write(ref _ownerThread, 0);
            }
        }
    }

    /// <summary>Flushes Python's output and releases what the shared compiled code caches of this runtime.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        if (Volatile.Read(ref _ownerThread) != 0) throw new InvalidOperationException("a PythonRuntime cannot be disposed while it runs Python");
        _disposed = true;
        // An interrupt that arrived after the last call must not keep every runtime's safepoints on the slow path.
        Core.MainContext.CancelInterrupt();
        Core.Flush();
        AttrSite.ForgetCachedTypes();
    }

    internal void Run(Action<PyContext> body) => Run(ctx => { body(ctx); return 0; });

    /// <summary>
    /// An exception from .NET code that Python called, as the Python exception to raise there:
    /// a Python exception that crossed .NET frames continues with its traceback; any other
    /// .NET exception becomes the Python one closest to it, remembered as the host cause.
    /// </summary>
    internal Exception ToPythonError(Exception e)
    {
        if (e is PythonException pe) ExceptionDispatchInfo.Throw(pe.Carrier);
        if (e is PyException or PyccUncatchableException) ExceptionDispatchInfo.Throw(e);
        var py = e switch
        {
            IndexOutOfRangeException or ArgumentOutOfRangeException => PyErr.IndexError(e.Message),
            ArgumentException or FormatException => PyErr.ValueError($"{e.GetType().Name}: {e.Message}"),
            InvalidCastException => PyErr.TypeError($"{e.GetType().Name}: {e.Message}"),
            KeyNotFoundException => PyErr.New(TypeObjects.KeyError, new PyStr(e.Message)),
            NotImplementedException or NotSupportedException => PyErr.NotImplementedError(e.Message),
            _ when Exceptions.FromClr(e) is { Value.Type: var t } converted && t != TypeObjects.SystemError => converted,
            _ => PyErr.RuntimeError($"{e.GetType().Name}: {e.Message}"),
        };
        _hostCauses.AddOrUpdate(py.Value, e);
        return py;
    }
}
