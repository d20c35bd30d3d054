using System.Globalization;
using System.Text;

namespace Pycc.Compiler.Emit;

/// <summary>A small indenting writer for the generated C# (DESIGN.md: text, not syntax trees).</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;
    private int _pyLine;
    private string _pyFile = "";

    public int Indentation { get => _indent; set => _indent = value; }

    public CodeWriter Line(string text = "")
    {
        // Every code line carries its Python line: #line numbers otherwise advance line by line.
        if (_pyLine > 0 && text.Length > 0 && text != "{" && text != "}")
            _sb.Append("#line ").Append(_pyLine.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Literal(_pyFile)).Append('\n');
        if (text.Length > 0) _sb.Append(' ', _indent * 4).Append(text);
        _sb.Append('\n');
        return this;
    }

    /// <summary>A label, outdented one level so the flat control flow stays readable.</summary>
    public void Label(string name) => _sb.Append(' ', Math.Max(0, _indent - 1) * 4).Append(name).Append(":;\n");

    /// <summary>The Python line the following code maps to (0 when hidden).</summary>
    public int PythonLine => _pyLine;

    /// <summary>Maps the following code lines to a Python line.</summary>
    public void LineDirective(int line, string file)
    {
        _pyLine = line;
        _pyFile = file;
    }

    /// <summary>The following code has no Python line (prologues, epilogues).</summary>
    public void Hidden()
    {
        _pyLine = 0;
        _sb.Append("#line hidden\n");
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public void Append(CodeWriter other) => _sb.Append(other._sb);

    public void Raw(string text) => _sb.Append(text);

    public override string ToString() => _sb.ToString();

    /// <summary>A C# string literal for any .NET string (lone surrogates included).</summary>
    public static string Literal(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
