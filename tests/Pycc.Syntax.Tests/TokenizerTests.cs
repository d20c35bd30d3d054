using Xunit;

namespace Pycc.Syntax.Tests;

// The AST has an Assert statement node; here Assert is xunit's.
using Assert = Xunit.Assert;

public class TokenizerTests
{
    private static string Kinds(string src)
        => string.Join(" ", PythonParser.Tokenize(src).Select(t => t.Kind == TokenKind.Name || t.Kind == TokenKind.Number ? t.Text : t.Kind.ToString()));

    [Fact]
    public void SimpleStatement()
        => Assert.Equal("x Equal 1 Plus 2 Newline EndMarker", Kinds("x = 1 + 2"));

    [Fact]
    public void IndentAndDedent()
        => Assert.Equal("If x Colon Newline Indent If y Colon Newline Indent Pass Newline Dedent Dedent z Newline EndMarker",
            Kinds("if x:\n  if y:\n    pass\nz\n"));

    [Fact]
    public void BlankAndCommentLinesDoNotIndent()
        => Assert.Equal("If x Colon Newline Indent Pass Newline Dedent EndMarker", Kinds("if x:\n\n      # c\n  pass\n\n"));

    [Fact]
    public void TabsIndent()
        => Assert.Equal("If x Colon Newline Indent If y Colon Newline Indent b Newline Dedent Dedent EndMarker", Kinds("if x:\n\tif y:\n\t\tb\n"));

    [Fact]
    public void TabsMustCompareAlikeAtWidthOne()
    {
        var last = PythonParser.Tokenize("if x:\n\ta\n        b\n")[^1];
        Assert.Equal(("TabError", 3), (last.Error!.Kind, last.Error.Line));
    }

    [Fact]
    public void BracketsJoinLines()
        => Assert.Equal("x Equal LPar 1 Comma 2 RPar Newline EndMarker", Kinds("x = (1,\n\n     2)\n"));

    [Fact]
    public void BackslashJoinsLines()
        => Assert.Equal("x Equal 1 Plus 2 Newline EndMarker", Kinds("x = 1 + \\\n  2\n"));

    [Fact]
    public void OperatorsAreLongestMatch()
        => Assert.Equal("a DoubleStarEqual b DoubleSlashEqual c RightShiftEqual d LeftShiftEqual e RArrow Ellipsis ColonEqual NotEqual Newline EndMarker",
            Kinds("a **= b //= c >>= d <<= e -> ... := !="));

    [Fact]
    public void KeywordsAndSoftKeywords()
        => Assert.Equal("Async Def match case _ Await Newline EndMarker", Kinds("async def match case _ await"));

    [Fact]
    public void NumbersEndBeforeKeywords()
        => Assert.Equal("1 If x Else 2 Newline EndMarker", Kinds("1if x else 2"));

    [Fact]
    public void StringPrefixes()
    {
        var toks = PythonParser.Tokenize("rb'a' Br\"b\" f'c' RF'd' u'e' '''f''' ur'g'");
        Assert.Equal(new[] { TokenKind.String, TokenKind.String, TokenKind.String, TokenKind.String, TokenKind.String, TokenKind.String, TokenKind.Name, TokenKind.String },
            toks.Take(8).Select(t => t.Kind).ToArray());
    }

    [Fact]
    public void TripleQuotedStringSpansLines()
    {
        var t = PythonParser.Tokenize("x = '''a\nb\nc'''\n")[2];
        Assert.Equal((TokenKind.String, 1, 4, 3, 4), (t.Kind, t.Line, t.Col, t.EndLine, t.EndCol));
    }

    [Fact]
    public void PositionsAreUtf16Columns()
    {
        var t = PythonParser.Tokenize("'😀' + é")[1];
        Assert.Equal((5, 6), (t.Col, t.EndCol));
    }

    [Fact]
    public void UnknownCharactersBecomeUnknownTokens()
        => Assert.Equal(TokenKind.Unknown, PythonParser.Tokenize("a $ b")[1].Kind);

    [Fact]
    public void LexicalErrorEndsTheTokens()
    {
        var toks = PythonParser.Tokenize("x = 1\ny = 0777\n");
        Assert.Equal(TokenKind.Error, toks[^1].Kind);
        Assert.Equal("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", toks[^1].Error!.Msg);
    }

    [Fact]
    public void BracketLevels()
        => Assert.Equal(new short[] { 1, 2, 2, 1, 0, 0, 0 }, PythonParser.Tokenize("([x])").Select(t => t.Level).ToArray());
}
