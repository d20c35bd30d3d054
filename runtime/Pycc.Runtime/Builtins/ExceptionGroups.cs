namespace Pycc.Runtime;

/// <summary>Exception groups (PEP 654): split, subgroup, derive, and the state of an `except*` statement.</summary>
public static class ExceptionGroups
{
    public static void Install(PyType t)
    {
        t.Def("derive", (ctx, self, excs) => Derive(ctx, (PyBaseException)self, Iteration.ToArray(ctx, excs)));
        t.Def("split", (ctx, self, cond) =>
        {
            var (match, rest) = Split(ctx, (PyBaseException)self, cond);
            return PyTuple.Of((PyObject?)match ?? PyNone.Instance, (PyObject?)rest ?? PyNone.Instance);
        });
        t.Def("subgroup", (ctx, self, cond) => (PyObject?)Split(ctx, (PyBaseException)self, cond).match ?? PyNone.Instance);
    }

    public static bool IsGroup(PyBaseException e) => e.Type.IsSubtypeOf(TypeObjects.BaseExceptionGroup);

    public static PyObject[] Members(PyBaseException group) =>
        group.InstanceDict!.GetStr("exceptions") is PyTuple t ? t.Items : Array.Empty<PyObject>();

    public static PyObject Message(PyBaseException group) => group.InstanceDict!.GetStr("message") ?? PyStr.Empty;

    /// <summary>A new group with the same message holding <paramref name="excs"/> (BaseExceptionGroup.derive).</summary>
    public static PyBaseException Derive(PyContext ctx, PyBaseException group, PyObject[] excs)
    {
        var derived = (PyBaseException)TypeObjects.BaseExceptionGroup.Call2(ctx, Message(group), new PyList(excs));
        derived.Cause = group.Cause;
        derived.Context = group.Context;
        derived.SuppressContext = group.SuppressContext;
        derived.Segments = new(group.Segments);
        if (group.Dict?.GetStr("__notes__") is { } notes) derived.InstanceDict!.SetStr("__notes__", notes);
        return derived;
    }

    /// <summary>Splits a group by a condition (an exception type, a tuple of types or a predicate), keeping the nesting.</summary>
    public static (PyBaseException? match, PyBaseException? rest) Split(PyContext ctx, PyBaseException group, PyObject cond)
    {
        bool Test(PyBaseException e) => cond is PyType or PyTuple
            ? Exceptions.Matches(ctx, e, cond)
            : Ops.IsTrue(ctx, cond.Call1(ctx, e));
        if (Test(group)) return (group, null);
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var member in Members(group))
        {
            var e = (PyBaseException)member;
            if (IsGroup(e))
            {
                var (m, r) = Split(ctx, e, cond);
                if (m != null) matched.Add(m);
                if (r != null) rest.Add(r);
            }
            else if (Test(e)) matched.Add(e);
            else rest.Add(e);
        }
        return (matched.Count == 0 ? null : Derive(ctx, group, matched.ToArray()),
                rest.Count == 0 ? null : Derive(ctx, group, rest.ToArray()));
    }
}

/// <summary>
/// One execution of `try: ... except* T: ...`: the part of the exception not yet matched,
/// and what the handlers raised. <see cref="Finish"/> re-raises what is left, as CPython does.
/// </summary>
public sealed class ExceptStar
{
    private readonly PyException _caught;
    private PyBaseException? _rest;
    private readonly List<PyObject> _raised = new();
    private readonly List<PyObject> _reraised = new();
    private PyBaseException? _current;

    public ExceptStar(PyContext ctx, PyException caught)
    {
        _caught = caught;
        var value = caught.Value;
        if (ExceptionGroups.IsGroup(value)) _rest = value;
        else
        {
            // A naked exception is seen by the handlers wrapped in a group.
            _rest = (PyBaseException)TypeObjects.BaseExceptionGroup.Call2(ctx, PyStr.Empty, PyTuple.Of(value));
            _rest.Segments = new(value.Segments);
        }
    }

    /// <summary>The part matching the clause's type (removed from what is left), or null.</summary>
    public PyBaseException? Match(PyContext ctx, PyObject type)
    {
        if (type is PyType t && t.IsSubtypeOf(TypeObjects.BaseExceptionGroup))
            throw PyErr.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        if (_rest == null) return null;
        var (match, rest) = ExceptionGroups.Split(ctx, _rest, type);
        _rest = rest;
        _current = match;
        return match;
    }

    /// <summary>An exception raised by a handler: a re-raise of its match goes back, anything else is collected.</summary>
    public void HandlerRaised(Exception e)
    {
        var value = Exceptions.FromClr(e).Value;
        if (ReferenceEquals(value, _current)) _reraised.Add(value);
        else _raised.Add(value);
    }

    /// <summary>Raises what is left unhandled plus what the handlers raised; returns when nothing is.</summary>
    public void Finish(PyContext ctx)
    {
        if (_raised.Count == 0 && _reraised.Count == 0 && _rest == null) return;
        if (_raised.Count == 0 && _reraised.Count == 0 && _rest != null && ReferenceEquals(_rest, _caught.Value))
            throw Exceptions.Continue(_caught);
        var parts = new List<PyObject>(_raised);
        var unhandled = _reraised.Concat(_rest != null ? new PyObject[] { _rest } : Array.Empty<PyObject>()).ToList();
        if (parts.Count == 0 && unhandled.Count == 1 && !ExceptionGroups.IsGroup(_caught.Value)
            && unhandled[0] is PyBaseException only && ExceptionGroups.Members(only) is [PyBaseException single] && ReferenceEquals(single, _caught.Value))
            throw Exceptions.Continue(_caught);
        parts.AddRange(unhandled);
        if (parts.Count == 1) throw ((PyBaseException)parts[0]).ToThrowable(bareReraise: true);
        var group = (PyBaseException)TypeObjects.BaseExceptionGroup.Call2(ctx, PyStr.Empty, new PyList(parts.ToArray()));
        throw group.ToThrowable();
    }
}
