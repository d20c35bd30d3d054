using System.Diagnostics;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace Pycc.Syntax.Tests;

// The AST has an Assert statement node; here Assert is xunit's.
using Assert = Xunit.Assert;

/// <summary>No input may overflow the stack: deep nesting ends in a SyntaxError (or, past
/// the compiler's limit, the RecursionError CPython raises), long chains just work.</summary>
public class NestingTests
{
    private readonly ITestOutputHelper _out;

    public NestingTests(ITestOutputHelper output) => _out = output;

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static PythonSyntaxError ParseAndValidateFails(string src)
        => Assert.Throws<PythonSyntaxError>(() => SyntaxChecks.Validate(PythonParser.Parse(src, "t.py"), "t.py"));

    [Fact]
    public void HundredThousandParentheses()
    {
        var e = ParseAndValidateFails(Repeat("(", 100_000) + "1" + Repeat(")", 100_000));
        Assert.Equal(("too many nested parentheses", 1, 201), (e.Msg, e.Line, e.Column));
    }

    [Fact]
    public void TwoHundredParenthesesAreFine()
    {
        var m = PythonParser.Parse(Repeat("(", 200) + "1" + Repeat(")", 200), "t.py");
        SyntaxChecks.Validate(m, "t.py");
    }

    [Fact]
    public void HundredThousandNots()
    {
        var e = ParseAndValidateFails(Repeat("not ", 100_000) + "x");
        Assert.Equal("RecursionError", e.Kind);
    }

    [Fact]
    public void TwoThousandNotsAreFine()
        => SyntaxChecks.Validate(PythonParser.Parse(Repeat("not ", 2000) + "x", "t.py"), "t.py");

    [Fact]
    public void HundredThousandMinuses()
        => Assert.Equal("RecursionError", ParseAndValidateFails(Repeat("-", 100_000) + "x").Kind);

    [Fact]
    public void TenThousandNestedIfs()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) sb.Append(' ', i).Append("if x:\n");
        sb.Append(' ', 10_000).Append("pass\n");
        var e = ParseAndValidateFails(sb.ToString());
        Assert.Equal(("IndentationError", "too many levels of indentation", 101), (e.Kind, e.Msg, e.Line));
    }

    [Fact]
    public void MillionTermSum()
    {
        string src = Repeat("1+", 1_000_000) + "1";
        var m = PythonParser.Parse(src, "t.py");
        var e = Assert.Throws<PythonSyntaxError>(() => SyntaxChecks.Validate(m, "t.py"));
        Assert.Equal("RecursionError", e.Kind);
    }

    [Theory]
    [InlineData("lambda: ")]
    [InlineData("a if b else ")]
    [InlineData("2 ** ")]
    [InlineData("x = ")]
    [InlineData("await ")]
    [InlineData("yield ")]
    [InlineData("f(")]
    [InlineData("[")]
    [InlineData("x.")]
    [InlineData("x[0]")]
    [InlineData("()")]
    [InlineData("*")]
    public void LongChainsNeverOverflow(string unit)
    {
        string src = Repeat(unit, 100_000) + "x";
        try
        {
            SyntaxChecks.Validate(PythonParser.Parse(src, "t.py"), "t.py");
        }
        catch (PythonSyntaxError)
        {
        }
    }

    [Fact]
    public void TenThousandLinesParseQuickly()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 1000; i++)
        {
            sb.Append("class C").Append(i).Append("(Base, metaclass=Meta):\n");
            sb.Append("    \"\"\"Docstring.\"\"\"\n");
            sb.Append("    def method(self, a, b=1, *args, key: int = 2, **kw) -> dict:\n");
            sb.Append("        x = [i * 2 for i in range(a) if i % 3 == 0]\n");
            sb.Append("        y = {k: v for k, v in kw.items()}\n");
            sb.Append("        if a > b and not x:\n");
            sb.Append("            return f\"{a!r:>10} and {b}\"\n");
            sb.Append("        for i, v in enumerate(args):\n");
            sb.Append("            y[i] = v ** 2 + (a - b) / 3\n");
            sb.Append("        return {'x': x, 'y': y, **kw}\n");
        }
        string src = sb.ToString();
        PythonParser.Parse(src, "warmup.py");
        var sw = Stopwatch.StartNew();
        var m = PythonParser.Parse(src, "t.py");
        SyntaxChecks.Validate(m, "t.py", src);
        sw.Stop();
        _out.WriteLine($"10,000 lines: {sw.ElapsedMilliseconds} ms");
        Assert.Equal(1000, m.Body.Count);
    }
}
