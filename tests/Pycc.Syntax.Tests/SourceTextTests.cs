using System.Text;
using Xunit;

namespace Pycc.Syntax.Tests;

// The AST has an Assert statement node; here Assert is xunit's.
using Assert = Xunit.Assert;

public class SourceTextTests
{
    private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    [Fact]
    public void Utf8IsTheDefault()
        => Assert.Equal("x = 'é'\n", SourceText.Decode(Encoding.UTF8.GetBytes("x = 'é'\n"), "t.py"));

    [Fact]
    public void ByteOrderMarkIsDropped()
        => Assert.Equal("x = 1\n", SourceText.Decode(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("x = 1\n")).ToArray(), "t.py"));

    [Fact]
    public void CookieOnFirstLine()
        => Assert.Equal("# -*- coding: latin-1 -*-\nx = 'é'\n", SourceText.Decode(Latin1("# -*- coding: latin-1 -*-\nx = 'é'\n"), "t.py"));

    [Fact]
    public void CookieOnSecondLineAfterAComment()
        => Assert.Equal("#!/usr/bin/python\n# vim: set fileencoding=koi8-r :\nx = 'И'\n",
            SourceText.Decode(Latin1("#!/usr/bin/python\n# vim: set fileencoding=koi8-r :\nx = '\u00e9'\n"), "t.py"));

    [Fact]
    public void CookieAfterCodeIsIgnored()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => SourceText.Decode(Latin1("x = 1\n# coding: latin-1\ny = '\u00e9'\n"), "t.py"));
        Assert.StartsWith("(unicode error) 'utf-8' codec can't decode byte 0xe9", e.Msg);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Cp1252()
        => Assert.Equal("# coding=cp1252\nx = '€'", SourceText.Decode(Latin1("# coding=cp1252\nx = '\u0080'"), "t.py"));

    [Fact]
    public void UnknownEncoding()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => SourceText.Decode(Latin1("# coding: uft-8\n"), "t.py"));
        Assert.Equal("unknown encoding: uft-8", e.Msg);
    }

    [Fact]
    public void BomWithOtherEncoding()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Latin1("# coding: latin-1\n")).ToArray();
        var e = Assert.Throws<PythonSyntaxError>(() => SourceText.Decode(bytes, "t.py"));
        Assert.Equal("encoding problem: iso-8859-1 with BOM", e.Msg);
    }

    [Fact]
    public void InvalidUtf8()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => SourceText.Decode(Latin1("x = 1\ny = '\u00f6'\n"), "t.py"));
        Assert.Equal("(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 5: invalid start byte", e.Msg);
        Assert.Equal(2, e.Line);
    }
}
