namespace Pycc.Runtime;

/// <summary>
/// The `pycc` built-in module: Python's side of the runtime's execution control.
/// `check_interrupts(callback, interval)` is a context manager that calls `callback()`
/// every `interval` safepoints inside its block (the pyodide_interrupts package's API).
/// Cooperative yielding (issue 4) is meant to join this module.
/// </summary>
public static class PyccModule
{
    public static PyModule Create(PyRuntime rt)
    {
        var m = new PyModule("pycc", rt.Builtins);
        m.FnKw("check_interrupts", (ctx, _, a, kw) =>
        {
            var p = new ArgParser("check_interrupts", a, kw, "callback", "interval");
            var callback = p.Required(0, "callback");
            if (!BuiltinFunctions.IsCallable(callback)) throw PyErr.TypeError("check_interrupts() callback must be callable");
            long interval = p[1] is { } given ? Conversions.IndexToLong(ctx, given) : 10_000;
            if (interval < 1) throw PyErr.ValueError("check_interrupts() interval must be positive");
            return new IntervalCheckBlock(callback, interval);
        });
        return m;
    }
}

/// <summary>The context manager returned by `pycc.check_interrupts`.</summary>
public sealed class IntervalCheckBlock : PyObject
{
    private readonly PyObject _callback;
    private readonly long _interval;
    private object? _token;
    private PyContext? _ctx;

    public IntervalCheckBlock(PyObject callback, long interval)
    {
        _callback = callback;
        _interval = interval;
    }

    public override PyType Type => TypeObjects.IntervalCheckBlock;

    internal PyObject Enter(PyContext ctx)
    {
        if (_token != null) throw PyErr.RuntimeError("check_interrupts() block is already active");
        _ctx = ctx;
        _token = ctx.BeginIntervalCheck(_callback, _interval);
        return this;
    }

    internal void Exit()
    {
        if (_token == null) return;
        _ctx!.EndIntervalCheck(_token);
        _token = null;
        _ctx = null;
    }
}

public static partial class TypeObjects
{
    private static PyType? s_intervalCheckBlock;

    public static PyType IntervalCheckBlock => s_intervalCheckBlock ??= MakeIntervalCheckBlock();

    private static PyType MakeIntervalCheckBlock()
    {
        var t = Make("check_interrupts", Object, typeof(IntervalCheckBlock), subclassable: false, module: "pycc");
        t.Def("__enter__", (ctx, s) => ((IntervalCheckBlock)s).Enter(ctx));
        t.DefVar("__exit__", (ctx, s, _) =>
        {
            ((IntervalCheckBlock)s).Exit();
            return PyBool.False;
        });
        return t;
    }
}
