using Xunit;

namespace Pycc.Syntax.Tests;

// The AST has an Assert statement node; here Assert is xunit's.
using Assert = Xunit.Assert;

public class UnicodeDataTests
{
    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("ﬁ", "fi")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("①", "1")]
    [InlineData("ｆｕｌｌ", "full")]
    [InlineData("a\u0328\u0301", "\u0105\u0301")]
    [InlineData("\u0041\u030A\u0301", "\u01FA")]
    public void Nfkc(string input, string expected) => Assert.Equal(expected, UnicodeData.NormalizeNfkc(input));

    [Theory]
    [InlineData("LATIN SMALL LETTER A", 0x61)]
    [InlineData("latin small letter a", 0x61)]
    [InlineData("EM DASH", 0x2014)]
    [InlineData("LINE FEED", 0x0A)]
    [InlineData("NBSP", 0xA0)]
    [InlineData("CJK UNIFIED IDEOGRAPH-4E00", 0x4E00)]
    [InlineData("HANGUL SYLLABLE GAG", 0xAC01)]
    [InlineData("GRINNING FACE", 0x1F600)]
    [InlineData("cjk unified ideograph-4e00", -1)]
    [InlineData("NO SUCH NAME", -1)]
    public void Names(string name, int expected) => Assert.Equal(expected, UnicodeData.LookupName(name));

    [Fact]
    public void IdentifierCharacters()
    {
        Assert.True(UnicodeData.IsIdentifierStart('é'));
        Assert.False(UnicodeData.IsIdentifierStart('1'));
        Assert.True(UnicodeData.IsIdentifierContinue('1'));
        Assert.False(UnicodeData.IsIdentifierStart(0x20AC));
        Assert.True(UnicodeData.IsIdentifierStart(0x4E00));
    }
}
