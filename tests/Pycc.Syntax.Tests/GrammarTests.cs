using System.Text.Json;
using Xunit;

namespace Pycc.Syntax.Tests;

// The AST has an Assert statement node; here Assert is xunit's.
using Assert = Xunit.Assert;

/// <summary>Every construct of the grammar, compared with CPython's ast.dump, with and
/// without node positions.</summary>
public class GrammarTests
{
    private static readonly JsonElement[] Cases = TestData.Load("grammar_expected.json");

    public static IEnumerable<object[]> Indexes() => Enumerable.Range(0, Cases.Length).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Indexes))]
    public void MatchesCPythonAst(int index)
    {
        var c = Cases[index];
        string src = c.GetProperty("src").GetString()!;
        var module = PythonParser.Parse(src, "t.py");
        Assert.Equal(c.GetProperty("dump").GetString(), AstDump.Dump(module));
        Assert.Equal(c.GetProperty("positions").GetString(), AstDump.Dump(module, true, TestData.Utf8Columns(src)));
    }

    [Fact]
    public void SoftKeywordsStayNames()
    {
        var m = PythonParser.Parse("match = case = _ = 1\nmatch(x)\n", "t.py");
        Assert.IsType<Assign>(m.Body[0]);
        Assert.IsType<ExprStmt>(m.Body[1]);
    }

    [Fact]
    public void IdentifiersAreNfkcNormalized()
    {
        var m = PythonParser.Parse("ﬁ = 1\nℌ = 2\n", "t.py");
        Assert.Equal("fi", ((Name)((Assign)m.Body[0]).Targets[0]).Id);
        Assert.Equal("H", ((Name)((Assign)m.Body[1]).Targets[0]).Id);
    }

    [Fact]
    public void NumbersHaveTheirValues()
    {
        var m = PythonParser.Parse("0x_ff; 1_000; 0o17; 0b11; 1.5e3; 2j; 123456789012345678901234567890", "t.py");
        object?[] values = m.Body.Select(s => ((Constant)((ExprStmt)s).Value).Value).ToArray();
        Assert.Equal(new System.Numerics.BigInteger(255), values[0]);
        Assert.Equal(new System.Numerics.BigInteger(1000), values[1]);
        Assert.Equal(new System.Numerics.BigInteger(15), values[2]);
        Assert.Equal(new System.Numerics.BigInteger(3), values[3]);
        Assert.Equal(1500.0, values[4]);
        Assert.Equal(2.0, values[5]);
        Assert.Equal(System.Numerics.BigInteger.Parse("123456789012345678901234567890"), values[6]);
    }

    [Fact]
    public void BytesLiteralsAreBytes()
    {
        var m = PythonParser.Parse("b'a\\x00\\xff' rb'\\n'", "t.py");
        var c = (Constant)((ExprStmt)m.Body[0]).Value;
        Assert.Equal(ConstantKind.Bytes, c.Kind);
        Assert.Equal(new byte[] { (byte)'a', 0, 0xFF, (byte)'\\', (byte)'n' }, (byte[])c.Value!);
    }

    [Fact]
    public void ParsesFromBytesWithDeclaredEncoding()
    {
        var bytes = new byte[] { (byte)'#', (byte)' ', (byte)'c', (byte)'o', (byte)'d', (byte)'i', (byte)'n', (byte)'g', (byte)':', (byte)' ',
            (byte)'l', (byte)'a', (byte)'t', (byte)'i', (byte)'n', (byte)'-', (byte)'1', (byte)'\n', (byte)'x', (byte)'=', (byte)'\'', 0xE9, (byte)'\'', (byte)'\n' };
        var m = PythonParser.Parse(bytes, "t.py");
        Assert.Equal("é", ((Constant)((Assign)m.Body[0]).Value).Value);
    }
}
