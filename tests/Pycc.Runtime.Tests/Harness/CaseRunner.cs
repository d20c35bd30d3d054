using System.Text;
using Pycc.Runtime;
using Xunit;

namespace Pycc.Runtime.Tests.Harness;

/// <summary>
/// Runs a data file written by gen/*.py: one case per line, tab-separated, whose last
/// field is what CPython produced (`type:repr` or `!Exception: message`).
///   M  receiver  method  args-tuple  kwargs-dict  expected   (a method call; for mutable
///      receivers the expected text is followed by ` ;; ` and the receiver's repr after the call)
///   F  builtin   args-tuple  kwargs-dict  expected          (a call of a builtins name)
///   O  op        left  right  expected                     (a binary or comparison operator)
/// </summary>
public static class CaseRunner
{
    public static PyRuntime NewRuntime() => new(Array.Empty<CompiledModule>(), stdout: new StringWriter());

    public static void RunFile(string name)
    {
        var rt = NewRuntime();
        var ctx = rt.MainContext;
        var prev = ctx.Enter();
        try
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Data", name);
            var failures = new List<string>();
            int n = 0;
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                n++;
                var f = line.Split('\t');
                string expected = f[^1], actual;
                try
                {
                    actual = Run(ctx, f);
                }
                catch (Exception e) when (e is not PyException)
                {
                    actual = "CRASH " + e.GetType().Name + ": " + e.Message;
                }
                if (actual != expected) failures.Add($"{string.Join(" | ", f[..^1])}\n    expected: {expected}\n    actual:   {actual}");
            }
            Assert.True(n > 0, "no cases in " + name);
            // PYCC_CASE_FAILURES=dir writes every failure of a file there (the assertion shows the first 60).
            if (Environment.GetEnvironmentVariable("PYCC_CASE_FAILURES") is { Length: > 0 } dir)
                File.WriteAllLines(Path.Combine(dir, name + ".failures"), failures);
            if (failures.Count > 0)
                Assert.Fail($"{failures.Count} of {n} cases failed in {name}:\n" + string.Join("\n", failures.Take(60)));
        }
        finally
        {
            PyContext.Restore(prev);
        }
    }

    private static string Run(PyContext ctx, string[] f)
    {
        PyObject? receiver = null;
        string result;
        try
        {
            PyObject r;
            switch (f[0])
            {
                case "M":
                {
                    receiver = PyLiteral.Parse(ctx, f[1]);
                    var (args, kw) = Args(ctx, f[3], f[4]);
                    r = Calls.CallMethodN(ctx, receiver, f[2], args, kw);
                    break;
                }
                case "F":
                {
                    var (args, kw) = Args(ctx, f[2], f[3]);
                    var fn = ctx.Runtime.Builtins.Get(f[1]) ?? throw PyErr.NameNotDefined(f[1]);
                    r = fn.Call(ctx, args, kw);
                    break;
                }
                case "O":
                    r = Operator(ctx, f[1], PyLiteral.Parse(ctx, f[2]), PyLiteral.Parse(ctx, f[3]));
                    break;
                case "X":
                    r = SetScenario(ctx, (PyList)PyLiteral.Parse(ctx, f[1]));
                    break;
                case "V":
                    r = MemoryViewCase(ctx, PyLiteral.Parse(ctx, f[1]), f[2], ((PyTuple)PyLiteral.Parse(ctx, f[3])).Items);
                    break;
                default:
                    throw new FormatException("unknown case kind " + f[0]);
            }
            result = r.Type.Name + ":" + Ops.ReprString(ctx, r);
        }
        catch (PyException e)
        {
            result = "!" + e.Value.Type.Name + ": " + Ops.StrString(ctx, e.Value);
        }
        if (receiver is PyList or PyDict or PySet { Frozen: false } or PyByteArray)
            result += " ;; " + Ops.ReprString(ctx, receiver);
        return result;
    }

    /// <summary>Replays gen/set_order.py's steps on a set; returns "pops:[...] final:[...]".</summary>
    private static PyObject SetScenario(PyContext ctx, PyList steps)
    {
        PyObject cur = new PySet();
        var pops = new PyList();
        var builtins = ctx.Runtime.Builtins;
        foreach (var stepObj in steps.ToArray())
        {
            var step = ((PyTuple)stepObj).Items;
            var name = ((PyStr)step[0]).Value;
            var args = step[1..];
            switch (name)
            {
                case "new": cur = builtins.Get("set")!.Call1(ctx, args[0]); break;
                case "newf": cur = builtins.Get("frozenset")!.Call1(ctx, args[0]); break;
                case "|" or "&" or "-" or "^" or "|=" or "&=" or "-=" or "^=":
                    cur = Operator(ctx, name, cur, builtins.Get("set")!.Call1(ctx, args[0]));
                    break;
                case "pop": pops.Append(Calls.CallMethod(ctx, cur, "pop")); break;
                default:
                    var r = Calls.CallMethodN(ctx, cur, name, args, null);
                    if (name is "copy" or "union" or "intersection" or "difference" or "symmetric_difference") cur = r;
                    break;
            }
        }
        var final = new PyList(Iteration.ToArray(ctx, cur));
        return new PyStr($"pops:{Ops.ReprString(ctx, pops)} final:{Ops.ReprString(ctx, final)}");
    }

    private static readonly HashSet<string> MemoryViewAttributes = new()
        { "readonly", "nbytes", "format", "itemsize", "ndim", "shape", "strides", "suboffsets", "contiguous" };

    /// <summary>gen/memoryview.py's cases: a fresh memoryview of the source, one method call or attribute.</summary>
    private static PyObject MemoryViewCase(PyContext ctx, PyObject source, string name, PyObject[] args)
    {
        var mv = ctx.Runtime.Builtins.Get("memoryview")!.Call1(ctx, source);
        if (MemoryViewAttributes.Contains(name)) return Ops.GetAttr(ctx, mv, name);
        var r = Calls.CallMethodN(ctx, mv, name, args, null);
        if (r is PyMemoryView v) return PyTuple.Of(new PyStr("memoryview"), new PyBytes(v.ToBytes()));
        return name == "__iter__" ? new PyList(Iteration.ToArray(ctx, r)) : r;
    }

    private static (PyObject[] args, string[]? kw) Args(PyContext ctx, string argsText, string kwText)
    {
        var args = ((PyTuple)PyLiteral.Parse(ctx, argsText)).Items.ToList();
        var kwd = (PyDict)PyLiteral.Parse(ctx, kwText);
        if (kwd.Count == 0) return (args.ToArray(), null);
        var names = new List<string>();
        foreach (var (k, v) in kwd.Pairs())
        {
            names.Add(((PyStr)k).Value);
            args.Add(v);
        }
        return (args.ToArray(), names.ToArray());
    }

    public static PyObject Operator(PyContext ctx, string op, PyObject a, PyObject b) => op switch
    {
        "+" => Ops.Add(ctx, a, b),
        "-" => Ops.Sub(ctx, a, b),
        "*" => Ops.Mul(ctx, a, b),
        "/" => Ops.TrueDiv(ctx, a, b),
        "//" => Ops.FloorDiv(ctx, a, b),
        "%" => Ops.Mod(ctx, a, b),
        "**" => Ops.Pow(ctx, a, b),
        "<<" => Ops.LShift(ctx, a, b),
        ">>" => Ops.RShift(ctx, a, b),
        "&" => Ops.BitAnd(ctx, a, b),
        "|" => Ops.BitOr(ctx, a, b),
        "^" => Ops.BitXor(ctx, a, b),
        "<" => Ops.RichCompare(ctx, a, b, CompareOp.Lt),
        "<=" => Ops.RichCompare(ctx, a, b, CompareOp.Le),
        "==" => Ops.RichCompare(ctx, a, b, CompareOp.Eq),
        "!=" => Ops.RichCompare(ctx, a, b, CompareOp.Ne),
        ">" => Ops.RichCompare(ctx, a, b, CompareOp.Gt),
        ">=" => Ops.RichCompare(ctx, a, b, CompareOp.Ge),
        "in" => PyBool.Of(Ops.Contains(ctx, b, a)),
        "+=" => Ops.InPlace(ctx, a, b, BinaryOp.Add),
        "*=" => Ops.InPlace(ctx, a, b, BinaryOp.Mul),
        "|=" => Ops.InPlace(ctx, a, b, BinaryOp.Or),
        "&=" => Ops.InPlace(ctx, a, b, BinaryOp.And),
        "-=" => Ops.InPlace(ctx, a, b, BinaryOp.Sub),
        "^=" => Ops.InPlace(ctx, a, b, BinaryOp.Xor),
        "[]" => Ops.GetItem(ctx, a, b),
        _ => throw new FormatException("unknown operator " + op),
    };
}
