namespace Pycc.Runtime;

/// <summary>
/// Binds call arguments to a compiled function's parameters with CPython's rules and
/// error messages. Only used when a call does not match the function's simple shape.
/// </summary>
public static class ArgBinder
{
    public static PyObject[] Bind(PyContext ctx, PyFunction fn, PyObject? self, PyObject[] args, string[]? kwnames)
    {
        var code = fn.Code;
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw + (self != null ? 1 : 0);
        var bound = new PyObject?[code.TotalParams];
        int argc = code.ArgCount;

        PyObject PosArg(int i) => self != null ? (i == 0 ? self : args[i - 1]) : args[i];

        int direct = Math.Min(npos, argc);
        for (int i = 0; i < direct; i++) bound[i] = PosArg(i);

        int slot = argc;
        if (code.HasVarArgs)
        {
            var extra = new PyObject[Math.Max(0, npos - argc)];
            for (int i = argc; i < npos; i++) extra[i - argc] = PosArg(i);
            bound[slot++] = new PyTuple(extra);
        }
        else if (npos > argc)
        {
            throw TooManyPositional(fn, npos, kwnames, args);
        }

        int kwOnlyStart = slot;
        slot += code.KwOnlyCount;
        PyDict? varkw = null;
        if (code.HasVarKeywords) bound[slot] = varkw = new PyDict();

        List<string>? posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++)
        {
            var name = kwnames![k];
            var value = args[args.Length - nkw + k];
            int idx = -1;
            for (int i = code.PosOnlyCount; i < argc; i++)
                if (code.ParamNames[i] == name) { idx = i; break; }
            if (idx < 0)
                for (int i = 0; i < code.KwOnlyCount; i++)
                    if (code.ParamNames[kwOnlyStart + i] == name) { idx = kwOnlyStart + i; break; }
            if (idx < 0)
            {
                if (varkw != null)
                {
                    var key = new PyStr(name);
                    if (varkw.ContainsKey(ctx, key))
                        throw PyErr.TypeError($"{fn.QualName}() got multiple values for keyword argument '{name}'");
                    varkw.SetItem(ctx, key, value);
                    continue;
                }
                bool isPosOnly = false;
                for (int i = 0; i < code.PosOnlyCount; i++) if (code.ParamNames[i] == name) isPosOnly = true;
                if (isPosOnly) { (posOnlyAsKw ??= new()).Add(name); continue; }
                throw PyErr.TypeError($"{fn.QualName}() got an unexpected keyword argument '{name}'");
            }
            if (bound[idx] != null)
                throw PyErr.TypeError($"{fn.QualName}() got multiple values for argument '{name}'");
            bound[idx] = value;
        }
        if (posOnlyAsKw != null)
            throw PyErr.TypeError($"{fn.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");

        // Defaults for the trailing positional parameters.
        var defaults = fn.Defaults;
        int ndef = defaults?.Length ?? 0;
        List<string>? missing = null;
        for (int i = 0; i < argc; i++)
        {
            if (bound[i] != null) continue;
            int d = i - (argc - ndef);
            if (d >= 0) bound[i] = defaults![d];
            else (missing ??= new()).Add(code.ParamNames[i]);
        }
        if (missing != null)
            throw PyErr.TypeError($"{fn.QualName}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {JoinNames(missing)}");

        for (int i = 0; i < code.KwOnlyCount; i++)
        {
            int idx = kwOnlyStart + i;
            if (bound[idx] != null) continue;
            var dv = fn.KwDefaults?.GetStr(code.ParamNames[idx]);
            if (dv != null) bound[idx] = dv;
            else (missing ??= new()).Add(code.ParamNames[idx]);
        }
        if (missing != null)
            throw PyErr.TypeError($"{fn.QualName}() missing {missing.Count} required keyword-only argument{(missing.Count == 1 ? "" : "s")}: {JoinNames(missing)}");

        return bound!;
    }

    private static PyException TooManyPositional(PyFunction fn, int given, string[]? kwnames, PyObject[] args)
    {
        var code = fn.Code;
        int argc = code.ArgCount;
        int ndef = fn.Defaults?.Length ?? 0;
        string takes = ndef > 0 && ndef <= argc
            ? $"from {argc - ndef} to {argc} positional arguments"
            : $"{argc} positional argument{(argc == 1 ? "" : "s")}";
        int kwOnlyGiven = 0;
        if (kwnames != null)
            for (int i = 0; i < code.KwOnlyCount; i++)
                if (Array.IndexOf(kwnames, code.ParamNames[argc + (code.HasVarArgs ? 1 : 0) + i]) >= 0) kwOnlyGiven++;
        string was = given == 1 ? "was" : "were";
        if (kwOnlyGiven > 0)
            return PyErr.TypeError($"{fn.QualName}() takes {takes} but {given} positional argument{(given == 1 ? "" : "s")} (and {kwOnlyGiven} keyword-only argument{(kwOnlyGiven == 1 ? "" : "s")}) were given");
        return PyErr.TypeError($"{fn.QualName}() takes {takes} but {given} {was} given");
    }

    public static string JoinNames(List<string> names)
    {
        var q = names.Select(n => $"'{n}'").ToList();
        if (q.Count == 1) return q[0];
        if (q.Count == 2) return $"{q[0]} and {q[1]}";
        return string.Join(", ", q.Take(q.Count - 1)) + ", and " + q[^1];
    }
}
