using System.Text.Json;
using Xunit;

namespace Pycc.Syntax.Tests;

// The AST has an Assert statement node; here Assert is xunit's.
using Assert = Xunit.Assert;

/// <summary>Invalid sources: the exception CPython 3.11 raises (kind, message, position)
/// and the text it prints for it.</summary>
public class ErrorTests
{
    private static readonly JsonElement[] Cases = TestData.Load("error_expected.json");

    public static IEnumerable<object[]> Indexes() => Enumerable.Range(0, Cases.Length).Select(i => new object[] { i });

    private static int Int(JsonElement c, string name)
        => c.GetProperty(name).ValueKind == JsonValueKind.Number ? c.GetProperty(name).GetInt32() : 0;

    [Theory]
    [MemberData(nameof(Indexes))]
    public void MatchesCPythonError(int index)
    {
        var c = Cases[index];
        string src = c.GetProperty("src").GetString()!;
        var e = Assert.Throws<PythonSyntaxError>(() =>
        {
            var m = PythonParser.Parse(src, "t.py");
            SyntaxChecks.Validate(m, "t.py", src);
        });
        Assert.Equal(c.GetProperty("kind").GetString() + ": " + c.GetProperty("msg").GetString(), e.Kind + ": " + e.Msg);
        Assert.Equal((Int(c, "line"), Int(c, "offset"), Int(c, "end_line"), Int(c, "end_offset")),
            (e.Line, e.Column, e.EndLine, e.EndColumn));
        Assert.Equal(c.GetProperty("display").GetString(), e.Format());
    }

    [Fact]
    public void HugeDecimalLiteralIsRejected()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.Parse("x = 1" + new string('0', 4400), "t.py"));
        Assert.StartsWith("Exceeds the limit (4300 digits) for integer string conversion: value has 4401 digits", e.Msg);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void NullBytesAreRejected()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.Parse("x = 1\ny = '\0'\n", "t.py"));
        Assert.Equal("source code cannot contain null bytes", e.Msg);
        Assert.Equal((2, 6), (e.Line, e.Column));
    }

    [Fact]
    public void LaterTokenizerErrorWins()
    {
        // CPython tokenizes the rest of the file after a parser error.
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.Parse("x = = 1\ns = 'abc\n", "t.py"));
        Assert.Equal("unterminated string literal (detected at line 2)", e.Msg);
    }
}
