namespace Pycc.Runtime;

/// <summary>Raising, matching and describing Python exceptions.</summary>
public static class Exceptions
{
    /// <summary>str(exc) for the built-in exception types (user classes may override __str__).</summary>
    public static string StrOf(PyBaseException exc)
    {
        var args = exc.Args.Items;
        if (exc.Type.IsSubtypeOf(TypeObjects.KeyError) && args.Length == 1) return Ops.ReprString(PyContext.Current, args[0]);
        return args.Length switch
        {
            0 => "",
            1 => Ops.StrString(PyContext.Current, args[0]),
            _ => Ops.ReprString(PyContext.Current, exc.Args),
        };
    }

    /// <summary>The last line of a traceback: `module.Type: message`.</summary>
    public static string FormatExceptionOnly(PyBaseException exc)
    {
        var ctx = PyContext.Current;
        var type = exc.Type;
        string name = type.QualName;
        var mod = type.Dict.GetStr("__module__") is PyStr ms ? ms.Value : "builtins";
        if (mod != "builtins" && mod != "__main__") name = mod + "." + name;
        string msg;
        try
        {
            msg = Ops.StrString(ctx, exc);
        }
        catch (PyException)
        {
            msg = "<exception str() failed>";
        }
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    /// <summary>`raise X`: instantiates a class if needed, links the context, and returns the carrier to throw.</summary>
    public static PyException Raise(PyContext ctx, PyObject exc, PyObject? cause)
    {
        var value = Instantiate(ctx, exc, "exceptions must derive from BaseException");
        if (cause != null)
        {
            if (cause is PyNone) value.Cause = null;
            else value.Cause = Instantiate(ctx, cause, "exception causes must derive from BaseException");
            value.SuppressContext = true;
        }
        SetContext(ctx, value);
        return value.ToThrowable();
    }

    /// <summary>A bare `raise`: re-raises the exception being handled.</summary>
    public static PyException Reraise(PyContext ctx)
    {
        var handled = ctx.Handled ?? throw PyErr.RuntimeError("No active exception to reraise");
        return handled.ToThrowable(bareReraise: true);
    }

    /// <summary>Re-raises a caught carrier that no handler matched, continuing its traceback.</summary>
    public static PyException Continue(PyException caught) => caught.Value.ToThrowable(bareReraise: true);

    /// <summary>Re-raises whatever a finally region caught: Python exceptions continue their traceback,
    /// anything else (a host limit, say) is rethrown as it was.</summary>
    public static Exception ContinueAny(Exception pending)
    {
        if (pending is PyException pe) return Continue(pe);
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(pending).Throw();
        return pending;
    }

    /// <summary>Can Python `except` clauses see this exception? Host-imposed limits are not catchable.</summary>
    public static bool IsCatchable(Exception e) => e is not PyccUncatchableException;

    public static PyException AssertionFailed(PyContext ctx, PyObject? message)
    {
        var exc = message == null
            ? new PyBaseException(TypeObjects.AssertionError, PyTuple.Empty)
            : new PyBaseException(TypeObjects.AssertionError, PyTuple.Of(message));
        SetContext(ctx, exc);
        return exc.ToThrowable();
    }

    private static PyBaseException Instantiate(PyContext ctx, PyObject exc, string error)
    {
        if (exc is PyBaseException be) return be;
        if (exc is PyType t && t.IsSubtypeOf(TypeObjects.BaseException))
        {
            var v = t.Call0(ctx);
            return v as PyBaseException ?? throw PyErr.TypeError(
                $"calling {t.Name} should have returned an instance of BaseException, not {v.Type.Name}");
        }
        throw PyErr.TypeError(error);
    }

    /// <summary>Implicit chaining: an exception raised while another is handled records it as __context__.</summary>
    public static void SetContext(PyContext ctx, PyBaseException value)
    {
        var handled = ctx.Handled;
        if (handled == null || ReferenceEquals(handled, value)) return;
        // Avoid cycles, as CPython does, by cutting the chain where it would loop.
        for (var c = handled; c != null; c = c.Context as PyBaseException)
        {
            if (ReferenceEquals(c.Context, value)) { c.Context = null; break; }
        }
        value.Context = handled;
    }

    /// <summary>Does the caught exception match an `except` clause's type (a class or a tuple of classes)?</summary>
    public static bool Matches(PyContext ctx, PyBaseException exc, PyObject clause)
    {
        if (clause is PyType t)
        {
            if (!t.IsSubtypeOf(TypeObjects.BaseException))
                throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
            return exc.Type.IsSubtypeOf(t);
        }
        if (clause is PyTuple tup)
        {
            foreach (var item in tup.Items)
                if (Matches(ctx, exc, item)) return true;
            return false;
        }
        throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary>
    /// Turns any .NET exception that reached compiled code into a Python one: a PyException
    /// passes through; runtime faults become the Python exception CPython would raise.
    /// </summary>
    public static PyException FromClr(Exception e) => e switch
    {
        PyException pe => pe,
        InsufficientExecutionStackException => PyErr.RecursionError("maximum recursion depth exceeded"),
        OutOfMemoryException => PyErr.New(TypeObjects.MemoryError),
        DivideByZeroException => PyErr.ZeroDivisionError("division by zero"),
        OverflowException => PyErr.OverflowError(e.Message),
        _ => PyErr.SystemError($"internal error in the pycc runtime: {e.GetType().Name}: {e.Message}"),
    };
}

/// <summary>
/// Base of the errors a host imposes (limits, cancellation) that Python code must not be
/// able to swallow: `except` clauses never match them, `finally` blocks still run.
/// </summary>
public abstract class PyccUncatchableException : Exception
{
    protected PyccUncatchableException(string message) : base(message) { }
}
