using System.Runtime.CompilerServices;
using System.Text;
using Pycc.Runtime;

namespace Pycc.Stdlib.Re;

/// <summary>
/// The `re` module on .NET's regex engine: patterns are translated by <see cref="PatternTranslator"/>,
/// matches are reported with Python's indexes and iteration rules.
/// </summary>
public static class ReModule
{
    private static readonly (string name, ReFlags flag)[] s_flagNames =
    {
        ("TEMPLATE", ReFlags.Template), ("IGNORECASE", ReFlags.IgnoreCase), ("LOCALE", ReFlags.Locale), ("MULTILINE", ReFlags.Multiline),
        ("DOTALL", ReFlags.DotAll), ("UNICODE", ReFlags.Unicode), ("VERBOSE", ReFlags.Verbose), ("DEBUG", ReFlags.Debug), ("ASCII", ReFlags.Ascii),
    };

    /// <summary>Each runtime's `re.error` class (a class statement in CPython, so one per runtime here).</summary>
    private static readonly ConditionalWeakTable<PyRuntime, PyType> s_errorTypes = new();

    static ReModule()
    {
        DefinePatternMethods(PyPattern.TypeObject);
        DefineMatchMethods(PyMatch.TypeObject);
    }

    public static PyModule Create(PyRuntime rt)
    {
        var ctx = PyContext.Current;
        var m = new PyModule("re", rt.Builtins);
        var error = MakeErrorType(ctx);
        s_errorTypes.AddOrUpdate(rt, error);
        m.Set("error", error);
        m.Set("Pattern", PyPattern.TypeObject);
        m.Set("Match", PyMatch.TypeObject);
        var flagType = MakeFlagType(ctx);
        m.Set("RegexFlag", flagType);
        m.Set("NOFLAG", new PyInstance(flagType) { Native = PyInt.Get(0) });
        foreach (var (name, flag) in s_flagNames) m.Set(name, new PyInstance(flagType) { Native = PyInt.Get((int)flag) });
        foreach (var (alias, name) in new[] { ("T", "TEMPLATE"), ("I", "IGNORECASE"), ("L", "LOCALE"), ("M", "MULTILINE"), ("S", "DOTALL"), ("U", "UNICODE"), ("X", "VERBOSE"), ("A", "ASCII") })
            m.Set(alias, m.Get(name)!);

        m.FnKw("compile", (c, _, a, k) =>
        {
            var p = new ArgParser("compile", a, k, "pattern", "flags");
            return Compile(c, p.Required(0, "pattern"), p[1]);
        });
        DefineFind(m, "search", PyPattern.Mode.Search);
        DefineFind(m, "match", PyPattern.Mode.Match);
        DefineFind(m, "fullmatch", PyPattern.Mode.FullMatch);
        m.FnKw("findall", (c, _, a, k) =>
        {
            var p = new ArgParser("findall", a, k, "pattern", "string", "flags");
            return Compile(c, p.Required(0, "pattern"), p[2]).FindAll(c, p.Required(1, "string"), 0, long.MaxValue);
        });
        m.FnKw("finditer", (c, _, a, k) =>
        {
            var p = new ArgParser("finditer", a, k, "pattern", "string", "flags");
            var pattern = Compile(c, p.Required(0, "pattern"), p[2]);
            return new EnumeratorIterator(pattern.Iterate(p.Required(1, "string"), 0, long.MaxValue), "callable_iterator");
        });
        m.FnKw("sub", (c, _, a, k) =>
        {
            var p = new ArgParser("sub", a, k, "pattern", "repl", "string", "count", "flags");
            var pattern = Compile(c, p.Required(0, "pattern"), p[4]);
            PyObject repl = p.Required(1, "repl"), str = p.Required(2, "string");
            long count = Count(c, p[3]);
            return Guard(c, pattern.Source, () => pattern.Substitute(c, repl, str, count).result);
        });
        m.FnKw("subn", (c, _, a, k) =>
        {
            var p = new ArgParser("subn", a, k, "pattern", "repl", "string", "count", "flags");
            var pattern = Compile(c, p.Required(0, "pattern"), p[4]);
            PyObject repl = p.Required(1, "repl"), str = p.Required(2, "string");
            long count = Count(c, p[3]);
            var (r, n) = Guard(c, pattern.Source, () => pattern.Substitute(c, repl, str, count));
            return PyTuple.Of(r, PyInt.Get(n));
        });
        m.FnKw("split", (c, _, a, k) =>
        {
            var p = new ArgParser("split", a, k, "pattern", "string", "maxsplit", "flags");
            return Compile(c, p.Required(0, "pattern"), p[3]).Split(c, p.Required(1, "string"), Count(c, p[2]));
        });
        m.Fn("escape", (c, _, pattern) => Escape(pattern));
        m.Fn("purge", (c, _) => { RegexProgram.Purge(); return PyNone.Instance; });
        return m;
    }

    private static long Count(PyContext ctx, PyObject? o) => o == null ? 0 : Conversions.IndexToLong(ctx, o);

    private static void DefineFind(PyModule m, string name, PyPattern.Mode mode) =>
        m.FnKw(name, (c, _, a, k) =>
        {
            var p = new ArgParser(name, a, k, "pattern", "string", "flags");
            return Compile(c, p.Required(0, "pattern"), p[2]).Find(c, p.Required(1, "string"), 0, long.MaxValue, mode);
        });

    private static PyPattern Compile(PyContext ctx, PyObject pattern, PyObject? flagsObj)
    {
        int flags = flagsObj == null ? 0 : (int)Conversions.IndexToLong(ctx, flagsObj);
        if (pattern is PyPattern compiled)
        {
            if (flags != 0) throw PyErr.ValueError("cannot process flags argument with a compiled pattern");
            return compiled;
        }
        var v = Conversions.Unwrap(pattern);
        string source;
        bool isBytes;
        switch (v)
        {
            case PyStr s: source = s.Value; isBytes = false; break;
            case PyBytes or PyByteArray or PyMemoryView: source = Encoding.Latin1.GetString(Subject.BytesOf(v)); isBytes = true; break;
            default: throw PyErr.TypeError("first argument must be string or compiled pattern");
        }
        if (isBytes && (flags & (int)ReFlags.Unicode) != 0) throw PyErr.ValueError("cannot use UNICODE flag with a bytes pattern");
        if (!isBytes && (flags & (int)ReFlags.Locale) != 0) throw PyErr.ValueError("cannot use LOCALE flag with a str pattern");
        if ((flags & (int)(ReFlags.Ascii | ReFlags.Unicode)) == (int)(ReFlags.Ascii | ReFlags.Unicode))
            throw PyErr.ValueError("ASCII and UNICODE flags are incompatible");
        var program = Guard(ctx, pattern, () => RegexProgram.Get(source, isBytes, flags));
        return program.Pattern ??= new PyPattern(program, v);
    }

    /// <summary>Runs f, turning a <see cref="PatternError"/> into the runtime's `re.error` for pattern.</summary>
    private static T Guard<T>(PyContext ctx, PyObject pattern, Func<T> f)
    {
        try { return f(); }
        catch (PatternError e) { throw MakeError(ctx, e.Message, pattern, e.Position); }
    }

    private static PyException MakeError(PyContext ctx, string msg, PyObject pattern, int pos)
    {
        var type = s_errorTypes.TryGetValue(ctx.Runtime, out var t) ? t : TypeObjects.ValueError;
        var exc = new PyBaseException(type, PyTuple.Empty);
        InitError(ctx, exc, new PyStr(msg), pattern, PyInt.Get(pos));
        return exc.ToThrowable();
    }

    /// <summary>re.RegexFlag: ints that print as their names and stay flags under | &amp; ^.</summary>
    private static PyType MakeFlagType(PyContext ctx)
    {
        var ns = new PyDict();
        ns.SetStr("__module__", new PyStr("re"));
        var t = Classes.CreateType(ctx, TypeObjects.Type, "RegexFlag", new PyObject[] { TypeObjects.Int }, ns, new PyDict());
        PyObject Name(PyObject self)
        {
            long v = ((PyInt)Conversions.Unwrap(self)).Value;
            return new PyStr(v == 0 ? "re.NOFLAG" : v < 0 ? "~" + FlagNames((int)~v) : FlagNames((int)v));
        }
        t.Def("__repr__", (c, self) => Name(self));
        t.Def("__str__", (c, self) => Name(self));
        foreach (var (op, f) in new (string, Func<long, long, long>)[] { ("or", (a, b) => a | b), ("and", (a, b) => a & b), ("xor", (a, b) => a ^ b) })
        {
            PyBuiltin.Fn1 apply = (c, self, other) => Conversions.Unwrap(other) is PyInt o
                ? new PyInstance(t) { Native = PyInt.Get(f(((PyInt)Conversions.Unwrap(self)).Value, o.Value)) }
                : PySingleton.NotImplemented;
            t.Def("__" + op + "__", apply);
            t.Def("__r" + op + "__", apply);
        }
        t.Def("__invert__", (c, self) => new PyInstance(t) { Native = PyInt.Get(~((PyInt)Conversions.Unwrap(self)).Value) });
        PyType.InvalidateCaches();
        return t;
    }

    private static PyType MakeErrorType(PyContext ctx)
    {
        var ns = new PyDict();
        ns.SetStr("__module__", new PyStr("re"));
        var t = Classes.CreateType(ctx, TypeObjects.Type, "error", new PyObject[] { TypeObjects.Exception }, ns, new PyDict());
        t.DefKw("__init__", (c, self, a, k) =>
        {
            var p = new ArgParser("error", a, k, "msg", "pattern", "pos");
            InitError(c, self, p.Required(0, "msg"), p.Or(1, PyNone.Instance), p.Or(2, PyNone.Instance));
            return PyNone.Instance;
        });
        PyType.InvalidateCaches();
        return t;
    }

    /// <summary>re.error's attributes and message ("msg at position N (line L, column C)").</summary>
    private static void InitError(PyContext ctx, PyObject self, PyObject msg, PyObject pattern, PyObject pos)
    {
        var text = Ops.StrString(ctx, msg);
        PyObject lineno = PyNone.Instance, colno = PyNone.Instance;
        if (pos is PyIntegral pi && pattern is not PyNone)
        {
            int p = (int)pi.ToBig();
            var pv = Conversions.Unwrap(pattern);
            string src = pv is PyStr ps ? ps.Value : pv is PyBytes or PyByteArray ? Encoding.Latin1.GetString(Subject.BytesOf(pv)) : "";
            int line = 1, lastNl = -1;
            for (int i = 0; i < Math.Min(p, src.Length); i++)
                if (src[i] == '\n') { line++; lastNl = i; }
            int col = p - lastNl;
            text += $" at position {p}";
            if (src.Contains('\n')) text += $" (line {line}, column {col})";
            lineno = PyInt.Get(line);
            colno = PyInt.Get(col);
        }
        if (self is PyBaseException e) e.Args = PyTuple.Of(new PyStr(text));
        self.SetAttr(ctx, "msg", msg);
        self.SetAttr(ctx, "pattern", pattern);
        self.SetAttr(ctx, "pos", pos);
        self.SetAttr(ctx, "lineno", lineno);
        self.SetAttr(ctx, "colno", colno);
    }

    /// <summary>re.escape: a backslash before each character special in patterns.</summary>
    private static PyObject Escape(PyObject pattern)
    {
        const string special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
        var v = Conversions.Unwrap(pattern);
        string src = v switch
        {
            PyStr s => s.Value,
            PyBytes or PyByteArray => Encoding.Latin1.GetString(Subject.BytesOf(v)),
            _ => throw PyErr.TypeError($"expected str or bytes-like object, got '{pattern.Type.Name}'"),
        };
        var sb = new StringBuilder(src.Length + 8);
        foreach (var c in src)
        {
            if (special.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return v is PyStr ? new PyStr(sb.ToString()) : new PyBytes(Encoding.Latin1.GetBytes(sb.ToString()));
    }

    internal static string FlagNames(int flags)
    {
        var parts = new List<string>();
        foreach (var (name, flag) in s_flagNames)
            if ((flags & (int)flag) != 0) { parts.Add("re." + name); flags &= ~(int)flag; }
        if (flags != 0) parts.Add("0x" + flags.ToString("x"));
        return string.Join("|", parts);
    }

    // ------------------------------------------------------------ Pattern

    private static (long pos, long endpos) PosArgs(PyContext ctx, ArgParser p, int first) =>
        (p[first] is { } a ? Conversions.IndexToLong(ctx, a) : 0, p[first + 1] is { } b ? Conversions.IndexToLong(ctx, b) : long.MaxValue);

    private static void DefinePatternMethods(PyType t)
    {
        foreach (var (name, mode) in new[] { ("search", PyPattern.Mode.Search), ("match", PyPattern.Mode.Match), ("fullmatch", PyPattern.Mode.FullMatch) })
            t.DefKw(name, (c, self, a, k) =>
            {
                var p = new ArgParser(name, a, k, "string", "pos", "endpos");
                var (pos, end) = PosArgs(c, p, 1);
                return ((PyPattern)self).Find(c, p.Required(0, "string"), pos, end, mode);
            });
        t.DefKw("findall", (c, self, a, k) =>
        {
            var p = new ArgParser("findall", a, k, "string", "pos", "endpos");
            var (pos, end) = PosArgs(c, p, 1);
            return ((PyPattern)self).FindAll(c, p.Required(0, "string"), pos, end);
        });
        t.DefKw("finditer", (c, self, a, k) =>
        {
            var p = new ArgParser("finditer", a, k, "string", "pos", "endpos");
            var (pos, end) = PosArgs(c, p, 1);
            return new EnumeratorIterator(((PyPattern)self).Iterate(p.Required(0, "string"), pos, end), "callable_iterator");
        });
        t.DefKw("sub", (c, self, a, k) =>
        {
            var p = new ArgParser("sub", a, k, "repl", "string", "count");
            var pat = (PyPattern)self;
            PyObject repl = p.Required(0, "repl"), str = p.Required(1, "string");
            long count = Count(c, p[2]);
            return Guard(c, pat.Source, () => pat.Substitute(c, repl, str, count).result);
        });
        t.DefKw("subn", (c, self, a, k) =>
        {
            var p = new ArgParser("subn", a, k, "repl", "string", "count");
            var pat = (PyPattern)self;
            PyObject repl = p.Required(0, "repl"), str = p.Required(1, "string");
            long count = Count(c, p[2]);
            var (r, n) = Guard(c, pat.Source, () => pat.Substitute(c, repl, str, count));
            return PyTuple.Of(r, PyInt.Get(n));
        });
        t.DefKw("split", (c, self, a, k) =>
        {
            var p = new ArgParser("split", a, k, "string", "maxsplit");
            return ((PyPattern)self).Split(c, p.Required(0, "string"), Count(c, p[1]));
        });
        t.Property("pattern", (c, self) => ((PyPattern)self).Source);
        t.Property("flags", (c, self) => PyInt.Get(((PyPattern)self).Flags));
        t.Property("groups", (c, self) => PyInt.Get(((PyPattern)self).Program.GroupCount));
        t.Property("groupindex", (c, self) =>
        {
            var d = new PyDict();
            foreach (var (name, n) in ((PyPattern)self).Program.GroupNames.OrderBy(kv => kv.Value)) d.SetStr(name, PyInt.Get(n));
            return d;
        });
        t.Def("__repr__", (c, self) => new PyStr(((PyPattern)self).Repr(c)));
        t.Def("__eq__", (c, self, other) => other is PyPattern o && ReferenceEquals(o.Program, ((PyPattern)self).Program)
            ? PyBool.True : other is PyPattern ? PyBool.False : PySingleton.NotImplemented);
        t.Def("__hash__", (c, self) => PyInt.Get(((PyPattern)self).Program.GetHashCode()));
        t.Def("__copy__", (c, self) => self);
        t.Def("__deepcopy__", (c, self, memo) => self);
    }

    // ------------------------------------------------------------ Match

    private static void DefineMatchMethods(PyType t)
    {
        t.DefVar("group", (c, self, a) =>
        {
            var m = (PyMatch)self;
            if (a.Length == 0) return m.GroupValue(0);
            if (a.Length == 1) return m.GroupValue(m.GroupIndex(a[0]));
            var items = new PyObject[a.Length];
            for (int i = 0; i < a.Length; i++) items[i] = m.GroupValue(m.GroupIndex(a[i]));
            return new PyTuple(items);
        });
        t.Def("__getitem__", (c, self, g) => ((PyMatch)self).GroupValue(((PyMatch)self).GroupIndex(g)));
        t.DefKw("groups", (c, self, a, k) =>
        {
            var p = new ArgParser("groups", a, k, "default");
            var m = (PyMatch)self;
            var items = new PyObject[m.Pattern.Program.GroupCount];
            for (int i = 0; i < items.Length; i++) items[i] = m.GroupValue(i + 1, p[0]);
            return new PyTuple(items);
        });
        t.DefKw("groupdict", (c, self, a, k) =>
        {
            var p = new ArgParser("groupdict", a, k, "default");
            var m = (PyMatch)self;
            var d = new PyDict();
            foreach (var (name, n) in m.Pattern.Program.GroupNames.OrderBy(kv => kv.Value)) d.SetStr(name, m.GroupValue(n, p[0]));
            return d;
        });
        t.DefVar("span", (c, self, a) =>
        {
            var m = (PyMatch)self;
            var (s, e) = m.Span(a.Length == 0 ? 0 : m.GroupIndex(a[0]));
            return PyTuple.Of(PyInt.Get(s), PyInt.Get(e));
        });
        t.DefVar("start", (c, self, a) => PyInt.Get(((PyMatch)self).Span(a.Length == 0 ? 0 : ((PyMatch)self).GroupIndex(a[0])).start));
        t.DefVar("end", (c, self, a) => PyInt.Get(((PyMatch)self).Span(a.Length == 0 ? 0 : ((PyMatch)self).GroupIndex(a[0])).end));
        t.Def("expand", (c, self, template) =>
        {
            var m = (PyMatch)self;
            var tv = Conversions.Unwrap(template);
            var text = tv is PyStr ts ? ts.Value : Encoding.Latin1.GetString(Subject.BytesOf(tv));
            var parsed = Guard(c, m.Pattern.Source, () => ReplacementTemplate.Parse(text, m.Pattern));
            var sb = new StringBuilder();
            parsed.Expand(sb, m.Match, m.Subject);
            return m.Subject.Make(sb.ToString());
        });
        t.Property("lastindex", (c, self) => ((PyMatch)self).LastIndex() is var n && n > 0 ? PyInt.Get(n) : PyNone.Instance);
        t.Property("lastgroup", (c, self) =>
        {
            var m = (PyMatch)self;
            int n = m.LastIndex();
            foreach (var (name, g) in m.Pattern.Program.GroupNames) if (g == n && n > 0) return new PyStr(name);
            return PyNone.Instance;
        });
        t.Property("string", (c, self) => ((PyMatch)self).Subject.Original);
        t.Property("re", (c, self) => ((PyMatch)self).Pattern);
        t.Property("pos", (c, self) => PyInt.Get(((PyMatch)self).Pos));
        t.Property("endpos", (c, self) => PyInt.Get(((PyMatch)self).EndPos));
        t.Property("regs", (c, self) =>
        {
            var m = (PyMatch)self;
            var items = new PyObject[m.Pattern.Program.GroupCount + 1];
            for (int i = 0; i < items.Length; i++) { var (s, e) = m.Span(i); items[i] = PyTuple.Of(PyInt.Get(s), PyInt.Get(e)); }
            return new PyTuple(items);
        });
        t.Def("__repr__", (c, self) => ((PyMatch)self).Repr(c));
        t.Def("__bool__", (c, self) => PyBool.True);
        t.Def("__copy__", (c, self) => self);
        t.Def("__deepcopy__", (c, self, memo) => self);
    }
}
