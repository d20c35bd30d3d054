using System.Globalization;
using System.Numerics;
using System.Text;
using Pycc.Runtime;

namespace Pycc.Runtime.Tests.Harness;

/// <summary>
/// Parses the value notation written by gen/harness.py (Python literals plus a few
/// constructor calls such as set([...]) and complex(a, b)) into runtime objects.
/// </summary>
public sealed class PyLiteral
{
    private readonly string _s;
    private int _i;
    private readonly PyContext _ctx;

    private PyLiteral(PyContext ctx, string s) { _ctx = ctx; _s = s; }

    public static PyObject Parse(PyContext ctx, string s)
    {
        var p = new PyLiteral(ctx, s);
        var v = p.Value();
        p.Ws();
        if (p._i != s.Length) throw new FormatException($"trailing text at {p._i} in {s}");
        return v;
    }

    private void Ws() { while (_i < _s.Length && _s[_i] == ' ') _i++; }

    private bool Eat(char c)
    {
        Ws();
        if (_i < _s.Length && _s[_i] == c) { _i++; return true; }
        return false;
    }

    private void Expect(char c)
    {
        if (!Eat(c)) throw new FormatException($"expected '{c}' at {_i} in {_s}");
    }

    private List<PyObject> Items(char close)
    {
        var items = new List<PyObject>();
        while (!Eat(close))
        {
            items.Add(Value());
            if (!Eat(',')) { Expect(close); break; }
        }
        return items;
    }

    private PyObject Value()
    {
        Ws();
        char c = _s[_i];
        if (c == '\'' || c == '"') return new PyStr(Str());
        if (c == 'b' && _i + 1 < _s.Length && (_s[_i + 1] == '\'' || _s[_i + 1] == '"'))
        {
            _i++;
            return new PyBytes(Str().Select(ch => (byte)ch).ToArray());
        }
        if (c == '[') { _i++; return new PyList(Items(']').ToArray()); }
        if (c == '(') { _i++; return PyTuple.Of(Items(')').ToArray()); }
        if (c == '{')
        {
            _i++;
            var d = new PyDict();
            while (!Eat('}'))
            {
                var k = Value();
                Expect(':');
                d.SetItem(_ctx, k, Value());
                if (!Eat(',')) { Expect('}'); break; }
            }
            return d;
        }
        if (c == '-' || char.IsAsciiDigit(c) || c == '.')
        {
            int start = _i++;
            while (_i < _s.Length && (char.IsAsciiLetterOrDigit(_s[_i]) || _s[_i] == '.' || (_s[_i] is '+' or '-' && _s[_i - 1] is 'e' or 'E'))) _i++;
            var text = _s[start.._i];
            if (text == "-inf") return new PyFloat(double.NegativeInfinity);
            if (text.Contains('.') || text.Contains('e') || text.Contains('E'))
                return new PyFloat(double.Parse(text, CultureInfo.InvariantCulture));
            return PyInt.From(BigInteger.Parse(text, CultureInfo.InvariantCulture));
        }
        int nameStart = _i;
        while (_i < _s.Length && (char.IsAsciiLetterOrDigit(_s[_i]) || _s[_i] == '_')) _i++;
        var name = _s[nameStart.._i];
        switch (name)
        {
            case "None": return PyNone.Instance;
            case "True": return PyBool.True;
            case "False": return PyBool.False;
            case "inf": return new PyFloat(double.PositiveInfinity);
            case "nan": return new PyFloat(double.NaN);
            case "Ellipsis": return PySingleton.Ellipsis;
        }
        if (name is "dict_keys" or "dict_values" or "dict_items")
        {
            Expect('(');
            var d = Value();
            Expect(')');
            return Calls.CallMethod(_ctx, d, name[5..]);
        }
        var callee0 = _ctx.Runtime.Builtins.Get(name);
        if (!Eat('(')) return callee0 ?? throw new FormatException($"unknown name {name}");
        var args = Items(')');
        var callee = _ctx.Runtime.Builtins.Get(name) ?? throw new FormatException($"unknown constructor {name}");
        return callee.Call(_ctx, args.ToArray(), null);
    }

    private string Str()
    {
        char q = _s[_i++];
        var sb = new StringBuilder();
        while (_s[_i] != q)
        {
            char c = _s[_i++];
            if (c != '\\') { sb.Append(c); continue; }
            char e = _s[_i++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'x': sb.Append((char)Convert.ToInt32(_s.Substring(_i, 2), 16)); _i += 2; break;
                case 'u': sb.Append((char)Convert.ToInt32(_s.Substring(_i, 4), 16)); _i += 4; break;
                case 'U': sb.Append(Unicode.ToText(Convert.ToInt32(_s.Substring(_i, 8), 16))); _i += 8; break;
                default: throw new FormatException($"unknown escape \\{e} in {_s}");
            }
        }
        _i++;
        return sb.ToString();
    }
}
