using System.Text;
using Pycc.Runtime;

namespace Pycc.Stdlib.Json;

/// <summary>
/// The `json` module: dumps/loads/dump/load and the JSONEncoder, JSONDecoder and
/// JSONDecodeError classes (ordinary classes, so programs subclass them as in CPython).
/// Calls without a custom class go straight to the C# encoder and decoder.
/// </summary>
public sealed class JsonModule
{
    private static readonly string[] EncoderOptionNames =
        { "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default" };
    private static readonly string[] DecoderOptionNames =
        { "object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook" };

    private readonly PyType _decodeError, _encoder, _decoder;

    private JsonModule(PyContext ctx)
    {
        _decodeError = NewClass(ctx, "JSONDecodeError", TypeObjects.ValueError);
        _encoder = NewClass(ctx, "JSONEncoder", null);
        _decoder = NewClass(ctx, "JSONDecoder", null);
    }

    private static PyType NewClass(PyContext ctx, string name, PyType? @base)
    {
        var ns = new PyDict();
        ns.SetStr("__module__", new PyStr("json"));
        return Classes.CreateType(ctx, TypeObjects.Type, name, @base == null ? Array.Empty<PyObject>() : new PyObject[] { @base }, ns, new PyDict());
    }

    public static PyModule Create(PyRuntime rt)
    {
        var ctx = PyContext.Current;
        var json = new JsonModule(ctx);
        json.DefineDecodeError();
        json.DefineEncoder();
        json.DefineDecoder();
        PyType.InvalidateCaches();

        var m = new PyModule("json", rt.Builtins);
        m.Set("JSONDecodeError", json._decodeError);
        m.Set("JSONEncoder", json._encoder);
        m.Set("JSONDecoder", json._decoder);
        m.FnKw("dumps", (c, _, a, k) => new PyStr(json.Dumps(c, "dumps", a, k, 1)));
        m.FnKw("dump", (c, _, a, k) =>
        {
            var text = json.Dumps(c, "dump", a, k, 2);
            Calls.CallMethod(c, a[1], "write", new PyStr(text));
            return PyNone.Instance;
        });
        m.FnKw("loads", (c, _, a, k) => json.Loads(c, "loads", a, k, a.Length > 0 ? a[0] : null));
        m.FnKw("load", (c, _, a, k) =>
        {
            int npos = a.Length - (k?.Length ?? 0);
            if (npos != 1) throw PyErr.TypeError($"load() takes 1 positional argument but {npos} were given");
            return json.Loads(c, "load", a, k, Calls.CallMethod(c, a[0], "read"));
        });
        return m;
    }

    // ------------------------------------------------------------ encoding

    /// <summary>dumps(obj, *, skipkeys, ensure_ascii, ..., cls, **kw) and dump(obj, fp, ...).</summary>
    private string Dumps(PyContext ctx, string fn, PyObject[] args, string[]? kwnames, int positional)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos != positional)
            throw npos < positional
                ? PyErr.TypeError($"{fn}() missing {positional - npos} required positional argument{(positional - npos == 1 ? "" : "s")}: {(npos == 0 ? "'obj'" : "'fp'")}")
                : PyErr.TypeError($"{fn}() takes {positional} positional argument{(positional == 1 ? "" : "s")} but {npos} were given");
        PyObject? cls = null;
        var options = new List<(string name, PyObject value)>();
        for (int i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            if (kwnames![i] == "cls") cls = args[npos + i];
            else options.Add((kwnames[i], args[npos + i]));
        }
        var obj = args[0];
        if (cls is null or PyNone && options.All(o => Array.IndexOf(EncoderOptionNames, o.name) >= 0))
            return JsonEncoder.Encode(ctx, obj, EncoderOptions(ctx, name => options.FirstOrDefault(o => o.name == name).value));
        var encoder = (cls is null or PyNone ? _encoder : cls).Call(ctx, options.Select(o => o.value).ToArray(), options.Select(o => o.name).ToArray());
        return Conversions.ToStr(Calls.CallMethod(ctx, encoder, "encode", obj), "encode() result");
    }

    /// <summary>Resolves encoder options from keyword arguments or an encoder's attributes (null: not given).</summary>
    private EncodeOptions EncoderOptions(PyContext ctx, Func<string, PyObject?> get)
    {
        bool Flag(string name, bool dflt) => get(name) is { } v && v is not PyNone ? Ops.IsTrue(ctx, v) : dflt;
        var o = new EncodeOptions
        {
            SkipKeys = Flag("skipkeys", false),
            EnsureAscii = Flag("ensure_ascii", true),
            CheckCircular = Flag("check_circular", true),
            AllowNan = Flag("allow_nan", true),
            SortKeys = Flag("sort_keys", false),
        };
        var indent = get("indent");
        if (indent is not null and not PyNone)
        {
            o.Indent = indent is PyStr s ? s.Value : new string(' ', (int)Math.Max(0, Conversions.IndexToLong(ctx, indent)));
            o.ItemSeparator = ",";
        }
        if (get("separators") is { } seps and not PyNone)
        {
            var parts = Iteration.UnpackExact(ctx, seps, 2);
            o.ItemSeparator = Conversions.ToStr(parts[0], "item separator");
            o.KeySeparator = Conversions.ToStr(parts[1], "key separator");
        }
        if (get("default") is { } d and not PyNone && !(d is PyBuiltin b && ReferenceEquals(b.Owner, _encoder) && b.Name == "default"))
            o.Default = d;
        return o;
    }

    private void DefineEncoder()
    {
        var t = _encoder;
        t.Dict.SetStr("item_separator", new PyStr(", "));
        t.Dict.SetStr("key_separator", new PyStr(": "));
        t.DefKw("__init__", (ctx, self, a, k) =>
        {
            var p = new ArgParser("JSONEncoder.__init__", a, k, 0, EncoderOptionNames);
            var given = new PyObject?[EncoderOptionNames.Length];
            for (int i = 0; i < given.Length; i++) given[i] = p[i];
            bool Flag(int i, bool dflt) => given[i] is { } v ? Ops.IsTrue(ctx, v) : dflt;
            self.SetAttr(ctx, "skipkeys", PyBool.Of(Flag(0, false)));
            self.SetAttr(ctx, "ensure_ascii", PyBool.Of(Flag(1, true)));
            self.SetAttr(ctx, "check_circular", PyBool.Of(Flag(2, true)));
            self.SetAttr(ctx, "allow_nan", PyBool.Of(Flag(3, true)));
            self.SetAttr(ctx, "sort_keys", PyBool.Of(Flag(4, false)));
            self.SetAttr(ctx, "indent", p.Or(5, PyNone.Instance));
            if (p.OrNull(6) is { } seps)
            {
                var parts = Iteration.UnpackExact(ctx, seps, 2);
                self.SetAttr(ctx, "item_separator", parts[0]);
                self.SetAttr(ctx, "key_separator", parts[1]);
            }
            else if (p.OrNull(5) != null) self.SetAttr(ctx, "item_separator", new PyStr(","));
            if (p.OrNull(7) is { } d) self.SetAttr(ctx, "default", d);
            return PyNone.Instance;
        });
        t.Def("default", (ctx, self, o) => throw JsonEncoder.NotSerializable(o));
        t.Def("encode", (ctx, self, o) => new PyStr(EncodeWith(ctx, self, o)));
        t.DefKw("iterencode", (ctx, self, a, k) =>
        {
            var p = new ArgParser("iterencode", a, k, "o", "_one_shot");
            // The whole text as one chunk: joining the chunks gives what CPython's generator gives.
            return new PyList(new PyObject[] { new PyStr(EncodeWith(ctx, self, p.Required(0, "o"))) }).GetIter(ctx);
        });
    }

    private string EncodeWith(PyContext ctx, PyObject encoder, PyObject o)
    {
        // An encoder keeps its separators as item_separator / key_separator, read below.
        var options = EncoderOptions(ctx, name => name == "separators" ? null : Ops.GetAttr(ctx, encoder, name));
        options.ItemSeparator = Conversions.ToStr(Ops.GetAttr(ctx, encoder, "item_separator"), "item_separator");
        options.KeySeparator = Conversions.ToStr(Ops.GetAttr(ctx, encoder, "key_separator"), "key_separator");
        return JsonEncoder.Encode(ctx, o, options);
    }

    // ------------------------------------------------------------ decoding

    private PyObject Loads(PyContext ctx, string fn, PyObject[] args, string[]? kwnames, PyObject? source)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (fn == "loads" && npos != 1)
            throw npos == 0 ? PyErr.TypeError("loads() missing 1 required positional argument: 's'")
                : PyErr.TypeError($"loads() takes 1 positional argument but {npos} were given");
        var text = DocumentText(source!);
        PyObject? cls = null;
        var options = new List<(string name, PyObject value)>();
        for (int i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            var v = args[npos + i];
            if (kwnames![i] == "cls") cls = v;
            else if (v is not PyNone || Array.IndexOf(DecoderOptionNames, kwnames[i]) < 0) options.Add((kwnames[i], v));
        }
        if (cls is null or PyNone && options.Count == 0) return JsonDecoder.Decode(ctx, this, text, DecodeOptions.Default);
        var decoder = (cls is null or PyNone ? _decoder : cls).Call(ctx, options.Select(o => o.value).ToArray(), options.Select(o => o.name).ToArray());
        return Calls.CallMethod(ctx, decoder, "decode", new PyStr(text));
    }

    /// <summary>The text of a document given as str, or as bytes in UTF-8, UTF-16 or UTF-32 (detected as CPython does).</summary>
    private static string DocumentText(PyObject s)
    {
        s = Conversions.Unwrap(s);
        if (s is PyStr str) return str.Value;
        byte[] b = s switch
        {
            PyBytes bytes => bytes.Value,
            PyByteArray ba => ba.Value.ToArray(),
            _ => throw PyErr.TypeError($"the JSON object must be str, bytes or bytearray, not {s.Type.Name}"),
        };
        Encoding enc;
        int skip = 0;
        if (b.Length >= 4 && (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)) { enc = new UTF32Encoding(false, false, true); skip = 4; }
        else if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) { enc = new UTF32Encoding(true, false, true); skip = 4; }
        else if (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) { enc = new UnicodeEncoding(b[0] == 0xFE, false, true); skip = 2; }
        else if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { enc = new UTF8Encoding(false, true); skip = 3; }
        else if (b.Length >= 4 && b[0] != 0 && b[1] == 0) enc = b[2] != 0 ? new UnicodeEncoding(false, false, true) : new UTF32Encoding(false, false, true);
        else if (b.Length >= 4 && b[0] == 0) enc = b[1] != 0 ? new UnicodeEncoding(true, false, true) : new UTF32Encoding(true, false, true);
        else if (b.Length == 2 && b[0] != 0 && b[1] == 0) enc = new UnicodeEncoding(false, false, true);
        else if (b.Length == 2 && b[0] == 0) enc = new UnicodeEncoding(true, false, true);
        else enc = new UTF8Encoding(false, true);
        try { return enc.GetString(b, skip, b.Length - skip); }
        catch (DecoderFallbackException) { throw PyErr.New(TypeObjects.UnicodeDecodeError, $"'{enc.WebName}' codec can't decode bytes: invalid data"); }
    }

    private void DefineDecoder()
    {
        var t = _decoder;
        t.DefKw("__init__", (ctx, self, a, k) =>
        {
            var p = new ArgParser("JSONDecoder.__init__", a, k, 0, DecoderOptionNames);
            self.SetAttr(ctx, "object_hook", p.Or(0, PyNone.Instance));
            self.SetAttr(ctx, "parse_float", p.OrNull(1) ?? TypeObjects.Float);
            self.SetAttr(ctx, "parse_int", p.OrNull(2) ?? TypeObjects.Int);
            self.SetAttr(ctx, "parse_constant", p.Or(3, PyNone.Instance));
            self.SetAttr(ctx, "strict", p[4] is { } s ? PyBool.Of(Ops.IsTrue(ctx, s)) : PyBool.True);
            self.SetAttr(ctx, "object_pairs_hook", p.Or(5, PyNone.Instance));
            return PyNone.Instance;
        });
        t.Def("decode", (ctx, self, s) =>
            JsonDecoder.Decode(ctx, this, Conversions.ToStr(s, "decode() argument"), DecoderOptionsOf(ctx, self)));
        t.DefKw("raw_decode", (ctx, self, a, k) =>
        {
            var p = new ArgParser("raw_decode", a, k, "s", "idx");
            var text = Conversions.ToStr(p.Required(0, "s"), "raw_decode() argument");
            int idx = p[1] is { } i ? Utf16Index(text, (int)Conversions.IndexToLong(ctx, i)) : 0;
            var value = JsonDecoder.RawDecode(ctx, this, text, idx, DecoderOptionsOf(ctx, self), out int end);
            return PyTuple.Of(value, PyInt.Get(CodePointIndex(text, end)));
        });
    }

    private static DecodeOptions DecoderOptionsOf(PyContext ctx, PyObject decoder)
    {
        PyObject? Hook(string name) => Ops.GetAttr(ctx, decoder, name) is var v && v is not PyNone ? v : null;
        var parseFloat = Hook("parse_float");
        var parseInt = Hook("parse_int");
        return new DecodeOptions
        {
            ObjectHook = Hook("object_hook"),
            ObjectPairsHook = Hook("object_pairs_hook"),
            ParseFloat = ReferenceEquals(parseFloat, TypeObjects.Float) ? null : parseFloat,
            ParseInt = ReferenceEquals(parseInt, TypeObjects.Int) ? null : parseInt,
            ParseConstant = Hook("parse_constant"),
            Strict = Ops.IsTrue(ctx, Ops.GetAttr(ctx, decoder, "strict")),
        };
    }

    // ------------------------------------------------------------ JSONDecodeError

    private void DefineDecodeError()
    {
        _decodeError.Def("__init__", (ctx, self, msg, doc, pos) =>
        {
            InitDecodeError(ctx, self, Conversions.ToStr(msg, "msg"), Conversions.ToStr(doc, "doc"), (int)Conversions.IndexToLong(ctx, pos), msg, doc, pos);
            return PyNone.Instance;
        });
    }

    private static void InitDecodeError(PyContext ctx, PyObject self, string msg, string doc, int pos, PyObject msgObj, PyObject docObj, PyObject posObj)
    {
        int lineno = 1, lastNewline = -1, cp = 0;
        for (int i = 0; i < doc.Length && cp < pos; i++, cp++)
        {
            if (char.IsHighSurrogate(doc[i]) && i + 1 < doc.Length && char.IsLowSurrogate(doc[i + 1])) i++;
            if (doc[i] == '\n') { lineno++; lastNewline = cp; }
        }
        int colno = pos - lastNewline;
        var text = $"{msg}: line {lineno} column {colno} (char {pos})";
        if (self is PyBaseException e) e.Args = PyTuple.Of(new PyStr(text));
        self.SetAttr(ctx, "msg", msgObj);
        self.SetAttr(ctx, "doc", docObj);
        self.SetAttr(ctx, "pos", posObj);
        self.SetAttr(ctx, "lineno", PyInt.Get(lineno));
        self.SetAttr(ctx, "colno", PyInt.Get(colno));
    }

    /// <summary>A JSONDecodeError for a UTF-16 position in the document (reported as a code-point index).</summary>
    internal PyException DecodeError(string msg, string doc, int utf16Pos)
    {
        var ctx = PyContext.Current;
        var e = new PyBaseException(_decodeError, PyTuple.Empty);
        var docObj = new PyStr(doc);
        InitDecodeError(ctx, e, msg, doc, CodePointIndex(doc, utf16Pos), new PyStr(msg), docObj, PyInt.Get(CodePointIndex(doc, utf16Pos)));
        return e.ToThrowable();
    }

    private static int CodePointIndex(string s, int utf16)
    {
        int pairs = 0;
        for (int i = 0; i + 1 < utf16 && i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { pairs++; i++; }
        return utf16 - pairs;
    }

    private static int Utf16Index(string s, int codePoints)
    {
        int i = 0;
        for (int cp = 0; cp < codePoints && i < s.Length; cp++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }
}
