using System.Text;
using System.Text.RegularExpressions;

namespace Pycc.Syntax;

/// <summary>Turns the bytes of a .py file into text as CPython does (PEP 263, PEP 3120).</summary>
public static partial class SourceText
{
    static SourceText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")]
    private static partial Regex CookieRegex();

    [GeneratedRegex(@"^[ \t\f]*(#.*)?$")]
    private static partial Regex BlankOrCommentRegex();

    /// <summary>
    /// Decodes source bytes: a UTF-8 byte order mark, or an encoding declaration in a
    /// comment on line 1, or on line 2 when line 1 is blank or a comment; UTF-8 otherwise.
    /// Raises PythonSyntaxError for an unknown encoding, a BOM that contradicts the
    /// declaration, or bytes that are invalid in the encoding.
    /// </summary>
    public static string Decode(byte[] bytes, string fileName)
    {
        int start = 0;
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom) start = 3;

        string? declared = null;
        string line1 = AsciiLine(bytes, start, out int next);
        var m = CookieRegex().Match(line1);
        if (m.Success) declared = m.Groups[1].Value;
        else if (BlankOrCommentRegex().IsMatch(line1) && next < bytes.Length)
        {
            m = CookieRegex().Match(AsciiLine(bytes, next, out _));
            if (m.Success) declared = m.Groups[1].Value;
        }

        Encoding enc = new UTF8Encoding(false, true);
        if (declared != null)
        {
            string name = NormalName(declared);
            if (bom && name != "utf-8")
                throw new PythonSyntaxError("SyntaxError", $"encoding problem: {name} with BOM", fileName, 0, -1, 0, 0, null);
            if (name != "utf-8")
            {
                enc = Lookup(name) ?? throw new PythonSyntaxError("SyntaxError",
                    $"unknown encoding: {declared}", fileName, 0, -1, 0, 0, null);
            }
        }
        try
        {
            return enc.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            throw InvalidBytes(bytes, start, enc, fileName);
        }
    }

    // The first line as Latin-1 text, enough to find an ASCII cookie in it.
    private static string AsciiLine(byte[] bytes, int start, out int next)
    {
        int end = start;
        while (end < bytes.Length && bytes[end] != (byte)'\n' && bytes[end] != (byte)'\r') end++;
        next = end;
        if (next < bytes.Length && bytes[next] == (byte)'\r') next++;
        if (next < bytes.Length && bytes[next] == (byte)'\n') next++;
        return Encoding.Latin1.GetString(bytes, start, end - start);
    }

    // CPython's tokenizer maps the spellings of UTF-8 and Latin-1 to canonical names.
    private static string NormalName(string s)
    {
        string n = s.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-")) return "utf-8";
        foreach (var l1 in new[] { "latin-1", "iso-8859-1", "iso-latin-1" })
            if (n == l1 || n.StartsWith(l1 + "-")) return "iso-8859-1";
        return s;
    }

    private static Encoding? Lookup(string pythonName)
    {
        // Python codec names ignore case and treat '-', '_' and ' ' alike.
        string n = pythonName.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        string? dotnet = n switch
        {
            "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
            "latin1" or "latin" or "l1" or "iso8859_1" or "iso_8859_1" or "8859" or "cp819" => "iso-8859-1",
            "ascii" or "us_ascii" or "646" => "us-ascii",
            "utf_16" or "utf16" => "utf-16",
            "utf_16_le" or "utf_16le" => "utf-16LE",
            "utf_16_be" or "utf_16be" => "utf-16BE",
            "utf_32" or "utf32" => "utf-32",
            "shift_jis" or "sjis" or "s_jis" => "shift_jis",
            "euc_jp" or "eucjp" => "euc-jp",
            "euc_kr" or "euckr" => "euc-kr",
            "koi8_r" => "koi8-r",
            "koi8_u" => "koi8-u",
            "big5" => "big5",
            "gb2312" => "gb2312",
            "gbk" => "gbk",
            "gb18030" => "gb18030",
            _ => null,
        };
        if (dotnet == null)
        {
            var cp = Regex.Match(n, @"^(?:cp|windows_|ibm)(\d+)$");
            var iso = Regex.Match(n, @"^iso_?8859_(\d+)$");
            var latinN = Regex.Match(n, @"^latin(\d)$");
            if (cp.Success) dotnet = "cp" + cp.Groups[1].Value;
            else if (iso.Success) dotnet = "iso-8859-" + iso.Groups[1].Value;
            else if (latinN.Success)
            {
                // Python's latinN aliases of the ISO 8859 parts.
                string[] parts = { "", "1", "2", "3", "4", "9", "10", "13", "14", "15", "16" };
                int k = latinN.Groups[1].Value[0] - '0';
                if (k >= 1 && k < parts.Length) dotnet = "iso-8859-" + parts[k];
            }
            else dotnet = n.Replace('_', '-');
        }
        if (dotnet == null) return null;
        try
        {
            if (dotnet.StartsWith("cp") && int.TryParse(dotnet.AsSpan(2), out int page))
                return Encoding.GetEncoding(page, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return Encoding.GetEncoding(dotnet, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; }
    }

    private static PythonSyntaxError InvalidBytes(byte[] bytes, int start, Encoding enc, string fileName)
    {
        int bad = -1;
        string reason;
        string codec;
        if (enc is UTF8Encoding)
        {
            codec = "utf-8";
            (bad, reason) = FirstInvalidUtf8(bytes, start);
        }
        else
        {
            codec = enc.WebName;
            reason = "character maps to <undefined>";
            try { enc.GetString(bytes, start, bytes.Length - start); }
            catch (DecoderFallbackException e) { bad = start + Math.Max(0, e.Index); }
        }
        if (bad < 0) bad = start;
        int line = 1, lineStart = start;
        for (int i = start; i < bad; i++)
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        string text = new UTF8Encoding(false, false).GetString(bytes, lineStart, LineEnd(bytes, lineStart) - lineStart);
        int col = bad - lineStart;
        return new PythonSyntaxError("SyntaxError",
            $"(unicode error) '{codec}' codec can't decode byte 0x{bytes[bad]:x2} in position {col}: {reason}",
            fileName, line, col + 1, line, col + 1, text);
    }

    private static (int, string) FirstInvalidUtf8(byte[] b, int i)
    {
        for (; i < b.Length; i++)
        {
            int c = b[i];
            if (c < 0x80) continue;
            int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0) return (i, "invalid start byte");
            for (int k = 1; k <= n; k++)
            {
                if (i + k >= b.Length) return (i, "unexpected end of data");
                int d = b[i + k];
                int lo = 0x80, hi = 0xBF;
                if (k == 1)
                {
                    if (c == 0xE0) lo = 0xA0;
                    else if (c == 0xED) hi = 0x9F;
                    else if (c == 0xF0) lo = 0x90;
                    else if (c == 0xF4) hi = 0x8F;
                }
                if (d < lo || d > hi) return (i, "invalid continuation byte");
            }
            i += n;
        }
        return (-1, "");
    }

    private static int LineEnd(byte[] bytes, int i)
    {
        while (i < bytes.Length && bytes[i] != (byte)'\n' && bytes[i] != (byte)'\r') i++;
        return i;
    }
}
