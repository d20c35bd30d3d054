namespace Pycc.Runtime;

/// <summary>Runtime support for generator bodies: `yield from` delegation and throw() arguments.</summary>
public static class Generators
{
    /// <summary>generator.throw(type[, value[, traceback]]) arguments to an exception instance.</summary>
    public static PyBaseException MakeThrown(PyContext ctx, PyObject[] args)
    {
        if (args.Length == 0 || args.Length > 3) throw PyErr.TypeError($"throw expected at least 1 argument, got {args.Length}");
        var typ = args[0];
        if (typ is PyBaseException inst)
        {
            if (args.Length > 1 && args[1] is not PyNone) throw PyErr.TypeError("instance exception may not have a separate value");
            return inst;
        }
        if (typ is PyType t && t.IsSubtypeOf(TypeObjects.BaseException))
        {
            if (args.Length > 1 && args[1] is PyBaseException v && v.Type.IsSubtypeOf(t)) return v;
            var callArgs = args.Length > 1 && args[1] is not PyNone ? (args[1] is PyTuple tup ? tup.Items : new[] { args[1] }) : Array.Empty<PyObject>();
            return (PyBaseException)t.Call(ctx, callArgs, null);
        }
        throw PyErr.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}");
    }

    /// <summary>`yield from x`: the iterator delegated to.</summary>
    public static PyObject YieldFromIter(PyContext ctx, PyObject x) => x is PyGenerator ? x : x.GetIter(ctx);

    /// <summary>
    /// One step of `yield from`: sends the resumer's value (or throws its exception) into the
    /// sub-iterator. Returns true with the value to yield, or false with the sub-iterator's
    /// return value when it is exhausted.
    /// </summary>
    public static bool YieldFromStep(PyContext ctx, PyObject it, PyObject? sent, PyBaseException? thrown, out PyObject result)
    {
        if (thrown != null)
        {
            if (thrown.Type.IsSubtypeOf(TypeObjects.GeneratorExit))
            {
                if (it is PyGenerator g0) g0.Close(ctx);
                else if (it.GetAttrOrNull(ctx, "close") is { } close) close.Call0(ctx);
                throw thrown.ToThrowable();
            }
            if (it is PyGenerator gt)
            {
                var r = gt.ResumeThrowing(ctx, thrown, out var ret);
                result = r ?? ret ?? PyNone.Instance;
                return r != null;
            }
            var throwMethod = it.GetAttrOrNull(ctx, "throw");
            if (throwMethod == null) throw thrown.ToThrowable();
            return CallCatchingStop(ctx, () => throwMethod.Call1(ctx, thrown), out result);
        }
        if (it is PyGenerator g)
        {
            var r = g.Resume(ctx, sent is PyNone ? null : sent, null, out var ret);
            result = r ?? ret ?? PyNone.Instance;
            return r != null;
        }
        if ((sent == null || sent is PyNone) && it is PyInstance)
            return CallCatchingStop(ctx, () => Calls.CallMethod(ctx, it, "__next__"), out result);
        if (sent == null || sent is PyNone)
        {
            var v = it.IterNext(ctx);
            if (v != null) { result = v; return true; }
            result = PyNone.Instance;
            return false;
        }
        return CallCatchingStop(ctx, () => Calls.CallMethod(ctx, it, "send", sent), out result);
    }

    /// <summary>The next step of `yield from` after the delegating generator was resumed: passes
    /// on what its caller sent or threw in (taken from the frame).</summary>
    public static bool YieldFromResume(PyContext ctx, PyObject it, PyFrame frame, out PyObject result)
    {
        var sent = frame.Sent;
        var thrown = frame.Thrown;
        if (sent != null) frame.Sent = null;
        if (thrown != null) frame.Thrown = null;
        return YieldFromStep(ctx, it, sent, thrown, out result);
    }

    /// <summary>PEP 479: a StopIteration escaping a generator body becomes a RuntimeError.</summary>
    public static Exception RaisedStopIteration(PyException e) =>
        new PyBaseException(TypeObjects.RuntimeError, PyTuple.Of(new PyStr("generator raised StopIteration")))
        {
            Cause = e.Value,
            Context = e.Value,
            SuppressContext = true,
        }.ToThrowable();

    public static bool IsStopIteration(PyException e) => e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration);

    /// <summary>Is <paramref name="fn"/> the built-in function <paramref name="name"/> of this runtime
    /// (not a global that shadows it)? Generator expressions passed straight to sum, any, all, min,
    /// max, list, tuple or set are then consumed by a loop compiled for that built-in.</summary>
    public static bool IsBuiltin(PyContext ctx, PyObject fn, string name) =>
        fn is PyBuiltin b && ReferenceEquals(b.Self, ctx.Runtime.Builtins) && b.Name == name;

    private static bool CallCatchingStop(PyContext ctx, Func<PyObject> call, out PyObject result)
    {
        try
        {
            result = call();
            return true;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            result = e.Value.Args.Count > 0 ? e.Value.Args.Items[0] : PyNone.Instance;
            return false;
        }
    }
}
