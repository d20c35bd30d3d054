using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pycc.Syntax;

/// <summary>
/// Prints an AST exactly as CPython 3.11's `ast.dump(node)` does (and, with
/// `includeAttributes`, as `ast.dump(node, include_attributes=True)`), so our trees can be
/// compared with CPython's text for text. It recurses: on a tree deeper than the stack
/// allows it throws InsufficientExecutionStackException (SyntaxChecks.Validate rejects
/// such trees first).
/// </summary>
public static class AstDump
{
    /// <param name="column">Maps (line, UTF-16 column) to the column to print; CPython
    /// counts UTF-8 bytes, so pass a converter to compare positions on non-ASCII text.</param>
    public static string Dump(Node node, bool includeAttributes = false, Func<int, int, int>? column = null)
    {
        var w = new Writer(includeAttributes, column);
        w.Node(node);
        return w.Sb.ToString();
    }

    private sealed class Writer
    {
        public readonly StringBuilder Sb = new();
        private readonly bool _attrs;
        private readonly Func<int, int, int>? _column;

        public Writer(bool attrs, Func<int, int, int>? column)
        {
            _attrs = attrs;
            _column = column;
        }

        // One node: "Name(field=value, ...)"; a null optional field is left out.
        private void Open(string name) => Sb.Append(name).Append('(');

        private bool _first;

        private void Field(string name)
        {
            if (!_first) Sb.Append(", ");
            _first = false;
            Sb.Append(name).Append('=');
        }

        private void F(string name, Node? value)
        {
            if (value == null) return;
            Field(name);
            Node(value);
        }

        private void F<T>(string name, List<T> values) where T : Node?
        {
            Field(name);
            Sb.Append('[');
            for (int i = 0; i < values.Count; i++)
            {
                if (i > 0) Sb.Append(", ");
                if (values[i] == null) Sb.Append("None");
                else Node(values[i]!);
            }
            Sb.Append(']');
        }

        private void Raw(string name, string? text)
        {
            if (text == null) return;
            Field(name);
            Sb.Append(text);
        }

        private void Str(string name, string? value) => Raw(name, value == null ? null : Repr.Str(value));

        private void Names(string name, List<string> values)
        {
            Field(name);
            Sb.Append('[').Append(string.Join(", ", values.Select(Repr.Str))).Append(']');
        }

        private void Close(Node n, bool hasAttributes = true)
        {
            if (_attrs && hasAttributes)
            {
                Raw("lineno", n.Line.ToString(CultureInfo.InvariantCulture));
                Raw("col_offset", Col(n.Line, n.Col).ToString(CultureInfo.InvariantCulture));
                Raw("end_lineno", n.EndLine.ToString(CultureInfo.InvariantCulture));
                Raw("end_col_offset", Col(n.EndLine, n.EndCol).ToString(CultureInfo.InvariantCulture));
            }
            Sb.Append(')');
        }

        private int Col(int line, int col) => _column == null ? col : _column(line, col);

        private static string Ctx(ExprContext c) => c switch
        {
            ExprContext.Load => "Load()",
            ExprContext.Store => "Store()",
            _ => "Del()",
        };

        private static string Op(Operator o) => o + "()";

        public void Node(Node n)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            bool saved = _first;
            _first = true;
            NodeFields(n);
            _first = saved;
        }

        private void NodeFields(Node n)
        {
            switch (n)
            {
                case Module m:
                    Open("Module"); F("body", m.Body); Raw("type_ignores", "[]"); Sb.Append(')');
                    return;
                case FunctionDef f:
                    Open(f.IsAsync ? "AsyncFunctionDef" : "FunctionDef");
                    Str("name", f.Name); F("args", f.Args); F("body", f.Body); F("decorator_list", f.DecoratorList); F("returns", f.Returns);
                    Close(n);
                    return;
                case ClassDef c:
                    Open("ClassDef");
                    Str("name", c.Name); F("bases", c.Bases); F("keywords", c.Keywords); F("body", c.Body); F("decorator_list", c.DecoratorList);
                    Close(n);
                    return;
                case Return r: Open("Return"); F("value", r.Value); Close(n); return;
                case Delete d: Open("Delete"); F("targets", d.Targets); Close(n); return;
                case Assign a: Open("Assign"); F("targets", a.Targets); F("value", a.Value); Close(n); return;
                case AugAssign a: Open("AugAssign"); F("target", a.Target); Raw("op", Op(a.Op)); F("value", a.Value); Close(n); return;
                case AnnAssign a:
                    Open("AnnAssign"); F("target", a.Target); F("annotation", a.Annotation); F("value", a.Value); Raw("simple", a.Simple ? "1" : "0");
                    Close(n);
                    return;
                case For f:
                    Open(f.IsAsync ? "AsyncFor" : "For"); F("target", f.Target); F("iter", f.Iter); F("body", f.Body); F("orelse", f.OrElse);
                    Close(n);
                    return;
                case While w: Open("While"); F("test", w.Test); F("body", w.Body); F("orelse", w.OrElse); Close(n); return;
                case If i: Open("If"); F("test", i.Test); F("body", i.Body); F("orelse", i.OrElse); Close(n); return;
                case With w: Open(w.IsAsync ? "AsyncWith" : "With"); F("items", w.Items); F("body", w.Body); Close(n); return;
                case Match m: Open("Match"); F("subject", m.Subject); F("cases", m.Cases); Close(n); return;
                case Raise r: Open("Raise"); F("exc", r.Exc); F("cause", r.Cause); Close(n); return;
                case Try t:
                    Open(t.IsStar ? "TryStar" : "Try"); F("body", t.Body); F("handlers", t.Handlers); F("orelse", t.OrElse); F("finalbody", t.FinalBody);
                    Close(n);
                    return;
                case Assert a: Open("Assert"); F("test", a.Test); F("msg", a.Msg); Close(n); return;
                case Import i: Open("Import"); F("names", i.Names); Close(n); return;
                case ImportFrom i:
                    Open("ImportFrom"); Str("module", i.ModuleName); F("names", i.Names); Raw("level", i.Level.ToString(CultureInfo.InvariantCulture));
                    Close(n);
                    return;
                case Global g: Open("Global"); Names("names", g.Names); Close(n); return;
                case Nonlocal g: Open("Nonlocal"); Names("names", g.Names); Close(n); return;
                case ExprStmt e: Open("Expr"); F("value", e.Value); Close(n); return;
                case Pass: Open("Pass"); Close(n); return;
                case Break: Open("Break"); Close(n); return;
                case Continue: Open("Continue"); Close(n); return;

                case BoolOp b: Open("BoolOp"); Raw("op", b.Op + "()"); F("values", b.Values); Close(n); return;
                case NamedExpr ne: Open("NamedExpr"); F("target", ne.Target); F("value", ne.Value); Close(n); return;
                case BinOp b: Open("BinOp"); F("left", b.Left); Raw("op", Op(b.Op)); F("right", b.Right); Close(n); return;
                case UnaryOp u: Open("UnaryOp"); Raw("op", u.Op + "()"); F("operand", u.Operand); Close(n); return;
                case Lambda l: Open("Lambda"); F("args", l.Args); F("body", l.Body); Close(n); return;
                case IfExp i: Open("IfExp"); F("test", i.Test); F("body", i.Body); F("orelse", i.OrElse); Close(n); return;
                case DictExpr d: Open("Dict"); F("keys", d.Keys); F("values", d.Values); Close(n); return;
                case SetExpr s: Open("Set"); F("elts", s.Elts); Close(n); return;
                case Comprehension c:
                    switch (c.Kind)
                    {
                        case ComprehensionKind.Dict: Open("DictComp"); F("key", c.Elt); F("value", c.Value); break;
                        case ComprehensionKind.List: Open("ListComp"); F("elt", c.Elt); break;
                        case ComprehensionKind.Set: Open("SetComp"); F("elt", c.Elt); break;
                        default: Open("GeneratorExp"); F("elt", c.Elt); break;
                    }
                    F("generators", c.Generators);
                    Close(n);
                    return;
                case Await a: Open("Await"); F("value", a.Value); Close(n); return;
                case Yield y: Open("Yield"); F("value", y.Value); Close(n); return;
                case YieldFrom y: Open("YieldFrom"); F("value", y.Value); Close(n); return;
                case Compare c:
                    Open("Compare"); F("left", c.Left);
                    Raw("ops", "[" + string.Join(", ", c.Ops.Select(o => o + "()")) + "]");
                    F("comparators", c.Comparators);
                    Close(n);
                    return;
                case Call c: Open("Call"); F("func", c.Func); F("args", c.Args); F("keywords", c.Keywords); Close(n); return;
                case FormattedValue fv:
                    Open("FormattedValue"); F("value", fv.Value); Raw("conversion", fv.Conversion.ToString(CultureInfo.InvariantCulture)); F("format_spec", fv.FormatSpec);
                    Close(n);
                    return;
                case JoinedStr j: Open("JoinedStr"); F("values", j.Values); Close(n); return;
                case Constant c:
                    Open("Constant"); Raw("value", Repr.Constant(c)); Str("kind", c.Prefix); Close(n);
                    return;
                case Attribute a: Open("Attribute"); F("value", a.Value); Str("attr", a.Attr); Raw("ctx", Ctx(a.Ctx)); Close(n); return;
                case Subscript s: Open("Subscript"); F("value", s.Value); F("slice", s.Slice); Raw("ctx", Ctx(s.Ctx)); Close(n); return;
                case Starred s: Open("Starred"); F("value", s.Value); Raw("ctx", Ctx(s.Ctx)); Close(n); return;
                case Name nm: Open("Name"); Str("id", nm.Id); Raw("ctx", Ctx(nm.Ctx)); Close(n); return;
                case ListExpr l: Open("List"); F("elts", l.Elts); Raw("ctx", Ctx(l.Ctx)); Close(n); return;
                case TupleExpr t: Open("Tuple"); F("elts", t.Elts); Raw("ctx", Ctx(t.Ctx)); Close(n); return;
                case Slice s: Open("Slice"); F("lower", s.Lower); F("upper", s.Upper); F("step", s.Step); Close(n); return;

                case ComprehensionFor g:
                    Open("comprehension"); F("target", g.Target); F("iter", g.Iter); F("ifs", g.Ifs); Raw("is_async", g.IsAsync ? "1" : "0");
                    Close(n, false);
                    return;
                case ExceptHandler h: Open("ExceptHandler"); F("type", h.Type); Str("name", h.Name); F("body", h.Body); Close(n); return;
                case Arguments a:
                    Open("arguments"); F("posonlyargs", a.PosOnlyArgs); F("args", a.Args); F("vararg", a.VarArg); F("kwonlyargs", a.KwOnlyArgs);
                    F("kw_defaults", a.KwDefaults); F("kwarg", a.KwArg); F("defaults", a.Defaults);
                    Close(n, false);
                    return;
                case Arg a: Open("arg"); Str("arg", a.Name); F("annotation", a.Annotation); Close(n); return;
                case Keyword k: Open("keyword"); Str("arg", k.Arg); F("value", k.Value); Close(n); return;
                case Alias a: Open("alias"); Str("name", a.Name); Str("asname", a.AsName); Close(n); return;
                case WithItem w: Open("withitem"); F("context_expr", w.ContextExpr); F("optional_vars", w.OptionalVars); Close(n, false); return;
                case MatchCase mc: Open("match_case"); F("pattern", mc.Pattern); F("guard", mc.Guard); F("body", mc.Body); Close(n, false); return;

                case MatchValue mv: Open("MatchValue"); F("value", mv.Value); Close(n); return;
                case MatchSingleton ms:
                    Open("MatchSingleton");
                    Raw("value", ms.Value switch { ConstantKind.True => "True", ConstantKind.False => "False", _ => "None" });
                    Close(n);
                    return;
                case MatchSequence sq: Open("MatchSequence"); F("patterns", sq.Patterns); Close(n); return;
                case MatchMapping mm: Open("MatchMapping"); F("keys", mm.Keys); F("patterns", mm.Patterns); Str("rest", mm.Rest); Close(n); return;
                case MatchClass mc:
                    Open("MatchClass"); F("cls", mc.Cls); F("patterns", mc.Patterns); Names("kwd_attrs", mc.KwdAttrs); F("kwd_patterns", mc.KwdPatterns);
                    Close(n);
                    return;
                case MatchStar st: Open("MatchStar"); Str("name", st.Name); Close(n); return;
                case MatchAs ma: Open("MatchAs"); F("pattern", ma.Pattern); Str("name", ma.Name); Close(n); return;
                case MatchOr mo: Open("MatchOr"); F("patterns", mo.Patterns); Close(n); return;
                default:
                    throw new ArgumentException("unknown node " + n.GetType().Name);
            }
        }
    }
}

/// <summary>Python's repr() of the values a Constant can hold.</summary>
public static class Repr
{
    public static string Constant(Constant c) => c.Kind switch
    {
        ConstantKind.None => "None",
        ConstantKind.True => "True",
        ConstantKind.False => "False",
        ConstantKind.Ellipsis => "Ellipsis",
        ConstantKind.Int => ((BigInteger)c.Value!).ToString(CultureInfo.InvariantCulture),
        ConstantKind.Float => Float((double)c.Value!),
        ConstantKind.Complex => Float((double)c.Value!, addDotZero: false) + "j",
        ConstantKind.Str => Str((string)c.Value!),
        ConstantKind.Bytes => Bytes((byte[])c.Value!),
        _ => "?",
    };

    /// <summary>repr(float): the shortest digits that round-trip, in exponent form when
    /// the exponent is below -4 or above 15.</summary>
    public static string Float(double d, bool addDotZero = true)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        bool neg = r.StartsWith('-');
        if (neg) r = r.Substring(1);
        int exp = 0;
        int e = r.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r.Substring(0, e);
        }
        int dot = r.IndexOf('.');
        string digits = dot >= 0 ? r.Remove(dot, 1) : r;
        int decpt = (dot >= 0 ? dot : r.Length) + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; decpt--; }
        digits = digits.Substring(lead).TrimEnd('0');
        if (digits.Length == 0) { digits = "0"; decpt = 1; }
        var sb = new StringBuilder();
        if (neg) sb.Append('-');
        if (decpt > 16 || decpt < -3)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int x = decpt - 1;
            sb.Append('e').Append(x < 0 ? '-' : '+').Append(Math.Abs(x).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    public static string Str(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            if (cp == q || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp == '\t') sb.Append("\\t");
            else if (cp < 0x20 || cp == 0x7F) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x7F) sb.Append((char)cp);
            else if (!UnicodeData.IsPrintable(cp))
            {
                if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2"));
                else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4"));
                else sb.Append("\\U").Append(cp.ToString("x8"));
            }
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        sb.Append(q);
        return sb.ToString();
    }

    public static string Bytes(byte[] b)
    {
        bool hasSingle = b.Contains((byte)'\''), hasDouble = b.Contains((byte)'"');
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(b.Length + 3);
        sb.Append('b').Append(q);
        foreach (byte x in b)
        {
            if (x == q || x == '\\') sb.Append('\\').Append((char)x);
            else if (x == '\t') sb.Append("\\t");
            else if (x == '\n') sb.Append("\\n");
            else if (x == '\r') sb.Append("\\r");
            else if (x < 0x20 || x >= 0x7F) sb.Append("\\x").Append(x.ToString("x2"));
            else sb.Append((char)x);
        }
        sb.Append(q);
        return sb.ToString();
    }
}
