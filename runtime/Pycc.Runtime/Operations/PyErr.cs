namespace Pycc.Runtime;

/// <summary>Creates Python exceptions for `throw` in the runtime: <c>throw PyErr.TypeError("...")</c>.</summary>
public static class PyErr
{
    public static PyException New(PyType type, string message) =>
        new(new PyBaseException(type, PyTuple.Of(new PyStr(message))));

    public static PyException New(PyType type, params PyObject[] args) =>
        new(new PyBaseException(type, new PyTuple(args)));

    public static PyException TypeError(string m) => New(TypeObjects.TypeError, m);
    public static PyException ValueError(string m) => New(TypeObjects.ValueError, m);
    public static PyException AttributeError(string m) => New(TypeObjects.AttributeError, m);
    public static PyException IndexError(string m) => New(TypeObjects.IndexError, m);
    public static PyException KeyError(PyObject key) => New(TypeObjects.KeyError, key);
    public static PyException NameError(string m) => New(TypeObjects.NameError, m);
    public static PyException ZeroDivisionError(string m) => New(TypeObjects.ZeroDivisionError, m);
    public static PyException OverflowError(string m) => New(TypeObjects.OverflowError, m);
    public static PyException RuntimeError(string m) => New(TypeObjects.RuntimeError, m);
    public static PyException NotImplementedError(string m) => New(TypeObjects.NotImplementedError, m);
    public static PyException StopIteration(PyObject? value) =>
        value == null || value is PyNone ? New(TypeObjects.StopIteration) : New(TypeObjects.StopIteration, value);
    public static PyException ImportError(string m) => New(TypeObjects.ImportError, m);
    public static PyException RecursionError(string m) => New(TypeObjects.RecursionError, m);
    public static PyException SystemError(string m) => New(TypeObjects.SystemError, m);
    public static PyException OSError(string m) => New(TypeObjects.OSError, m);
    public static PyException AssertionError(string m) => New(TypeObjects.AssertionError, m);

    public static PyException UnboundLocal(string name) =>
        New(TypeObjects.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");

    public static PyException FreeVarUnbound(string name) =>
        NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");

    public static PyException NameNotDefined(string name) => NameError($"name '{name}' is not defined");

    public static PyException NoAttribute(PyObject obj, string name) => obj switch
    {
        PyModule m => AttributeError($"module '{m.Name}' has no attribute '{name}'"),
        PyType t => AttributeError($"type object '{t.Name}' has no attribute '{name}'"),
        _ => AttributeError($"'{obj.Type.Name}' object has no attribute '{name}'"),
    };
}
