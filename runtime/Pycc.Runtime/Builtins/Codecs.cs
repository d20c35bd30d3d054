using System.Text;

namespace Pycc.Runtime;

/// <summary>
/// str.encode / bytes.decode for the codecs programs use most (utf-8, ascii, latin-1,
/// utf-16, utf-32 and their aliases) with CPython's error handlers and error messages.
/// </summary>
public static class Codecs
{
    private enum Kind { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static (Kind kind, string name) Lookup(string encoding)
    {
        var sb = new StringBuilder(encoding.Length);
        foreach (char c in encoding.Trim())
            sb.Append(c is ' ' or '-' ? '_' : char.ToLowerInvariant(c));
        return sb.ToString() switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" or "utf8_ucs2" or "utf8_ucs4" => (Kind.Utf8, "utf-8"),
            "utf_8_sig" or "utf8_sig" => (Kind.Utf8Sig, "utf-8-sig"),
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "iso646_us" => (Kind.Ascii, "ascii"),
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "iso_ir_100" => (Kind.Latin1, "latin-1"),
            "utf_16" or "utf16" or "u16" => (Kind.Utf16, "utf-16"),
            "utf_16_le" or "utf_16le" or "utf16le" => (Kind.Utf16LE, "utf-16-le"),
            "utf_16_be" or "utf_16be" or "utf16be" => (Kind.Utf16BE, "utf-16-be"),
            "utf_32" or "utf32" or "u32" => (Kind.Utf32, "utf-32"),
            "utf_32_le" or "utf_32le" or "utf32le" => (Kind.Utf32LE, "utf-32-le"),
            "utf_32_be" or "utf_32be" or "utf32be" => (Kind.Utf32BE, "utf-32-be"),
            _ => throw PyErr.New(TypeObjects.LookupError, $"unknown encoding: {encoding}"),
        };
    }

    // ------------------------------------------------------------ encode

    public static byte[] Encode(string text, string encoding, string errors)
    {
        var (kind, name) = Lookup(encoding);
        if (kind == Kind.Utf8Sig) name = "utf-8";
        switch (kind)
        {
            case Kind.Utf8 when Ascii.IsValid(text):
            case Kind.Ascii when Ascii.IsValid(text):
            {
                var r = new byte[text.Length];
                Ascii.FromUtf16(text, r, out _);
                return r;
            }
            case Kind.Utf8:
                // Well-formed text (no lone surrogates) encodes in one framework call.
                try { return StrictUtf8.GetBytes(text); }
                catch (EncoderFallbackException) { break; }
        }
        var cps = ToCodePoints(text);
        var output = new List<byte>(text.Length + 8);
        if (kind == Kind.Utf8Sig) output.AddRange(new byte[] { 0xEF, 0xBB, 0xBF });
        if (kind == Kind.Utf16) output.AddRange(new byte[] { 0xFF, 0xFE });
        if (kind == Kind.Utf32) output.AddRange(new byte[] { 0xFF, 0xFE, 0, 0 });
        int i = 0;
        while (i < cps.Length)
        {
            int cp = cps[i];
            if (TryEncodeOne(kind, cp, output)) { i++; continue; }
            // A run of unencodable characters is reported (and replaced) at once, as CPython does.
            int end = i + 1;
            while (end < cps.Length && !CanEncode(kind, cps[end])) end++;
            string reason = kind switch
            {
                Kind.Ascii => "ordinal not in range(128)",
                Kind.Latin1 => "ordinal not in range(256)",
                _ => "surrogates not allowed",
            };
            switch (errors)
            {
                case "strict":
                    throw EncodeError(name, text, cps, i, end, reason);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++) TryEncodeOne(kind, '?', output);
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) EncodeAscii(kind, EscapeCodePoint(cps[k]), output);
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++) EncodeAscii(kind, "&#" + cps[k] + ";", output);
                    break;
                case "surrogateescape":
                    // Only lone surrogates U+DC80..U+DCFF of a byte codec map back to bytes; otherwise the error stands.
                    for (int k = i; k < end; k++)
                        if (cps[k] is < 0xDC80 or > 0xDCFF || kind is not (Kind.Utf8 or Kind.Utf8Sig or Kind.Ascii or Kind.Latin1))
                            throw EncodeError(name, text, cps, i, end, reason);
                    for (int k = i; k < end; k++) output.Add((byte)(cps[k] - 0xDC00));
                    break;
                case "surrogatepass":
                    for (int k = i; k < end; k++)
                        if (cps[k] is < 0xD800 or > 0xDFFF || kind is Kind.Ascii or Kind.Latin1)
                            throw EncodeError(name, text, cps, i, end, reason);
                    for (int k = i; k < end; k++) EncodeSurrogate(kind, cps[k], output);
                    break;
                default:
                    throw PyErr.New(TypeObjects.LookupError, $"unknown error handler name '{errors}'");
            }
            i = end;
        }
        return output.ToArray();
    }

    private static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else list.Add(c);
        }
        return list.ToArray();
    }

    private static bool CanEncode(Kind kind, int cp) => kind switch
    {
        Kind.Ascii => cp < 128,
        Kind.Latin1 => cp < 256,
        _ => cp is < 0xD800 or > 0xDFFF,
    };

    private static bool TryEncodeOne(Kind kind, int cp, List<byte> o)
    {
        if (!CanEncode(kind, cp)) return false;
        switch (kind)
        {
            case Kind.Ascii or Kind.Latin1:
                o.Add((byte)cp);
                break;
            case Kind.Utf8 or Kind.Utf8Sig:
                if (cp < 0x80) o.Add((byte)cp);
                else if (cp < 0x800) { o.Add((byte)(0xC0 | (cp >> 6))); o.Add((byte)(0x80 | (cp & 0x3F))); }
                else if (cp < 0x10000) { o.Add((byte)(0xE0 | (cp >> 12))); o.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); o.Add((byte)(0x80 | (cp & 0x3F))); }
                else
                {
                    o.Add((byte)(0xF0 | (cp >> 18))); o.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                    o.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); o.Add((byte)(0x80 | (cp & 0x3F)));
                }
                break;
            case Kind.Utf16 or Kind.Utf16LE or Kind.Utf16BE:
                bool be16 = kind == Kind.Utf16BE;
                if (cp < 0x10000) Put16(o, cp, be16);
                else
                {
                    int v = cp - 0x10000;
                    Put16(o, 0xD800 | (v >> 10), be16);
                    Put16(o, 0xDC00 | (v & 0x3FF), be16);
                }
                break;
            default:
                bool be32 = kind == Kind.Utf32BE;
                for (int k = 0; k < 4; k++) o.Add((byte)(cp >> (8 * (be32 ? 3 - k : k))));
                break;
        }
        return true;
    }

    /// <summary>A lone surrogate written as if it were a character (the surrogatepass handler).</summary>
    private static void EncodeSurrogate(Kind kind, int cp, List<byte> o)
    {
        switch (kind)
        {
            case Kind.Utf8 or Kind.Utf8Sig:
                o.Add((byte)(0xE0 | (cp >> 12)));
                o.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                o.Add((byte)(0x80 | (cp & 0x3F)));
                break;
            case Kind.Utf16 or Kind.Utf16LE or Kind.Utf16BE:
                Put16(o, cp, kind == Kind.Utf16BE);
                break;
            default:
                for (int k = 0; k < 4; k++) o.Add((byte)(cp >> (8 * (kind == Kind.Utf32BE ? 3 - k : k))));
                break;
        }
    }

    private static void Put16(List<byte> o, int u, bool be)
    {
        if (be) { o.Add((byte)(u >> 8)); o.Add((byte)u); }
        else { o.Add((byte)u); o.Add((byte)(u >> 8)); }
    }

    private static void EncodeAscii(Kind kind, string s, List<byte> o)
    {
        foreach (char c in s) TryEncodeOne(kind, c, o);
    }

    private static string EscapeCodePoint(int cp) =>
        cp <= 0xFF ? $"\\x{cp:x2}" : cp <= 0xFFFF ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    private static PyException EncodeError(string codec, string text, int[] cps, int start, int end, string reason)
    {
        var exc = new PyBaseException(TypeObjects.UnicodeEncodeError,
            PyTuple.Of(new PyStr(codec), new PyStr(text), PyInt.Get(start), PyInt.Get(end), new PyStr(reason)));
        return exc.ToThrowable();
    }

    // ------------------------------------------------------------ decode

    public static PyStr Decode(PyContext ctx, PyObject data, PyObject? encoding, PyObject? errors)
    {
        byte[] bytes = data switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.Value.ToArray(),
            PyMemoryView mv => mv.ToBytes(),
            _ => throw PyErr.TypeError($"decoding to str: need a bytes-like object, {data.Type.Name} found"),
        };
        var enc = encoding == null ? "utf-8" : Conversions.ToStr(encoding, "decode() argument 'encoding'");
        var err = errors == null ? "strict" : Conversions.ToStr(errors, "decode() argument 'errors'");
        return new PyStr(Decode(bytes, enc, err));
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string encoding, string errors)
    {
        // Like CPython, empty input decodes to '' before the codec is even looked up.
        if (bytes.Length == 0) return "";
        var (kind, name) = Lookup(encoding);
        if (kind is Kind.Utf8 or Kind.Ascii && Ascii.IsValid(bytes)) return Encoding.ASCII.GetString(bytes);
        if (kind == Kind.Latin1) return Encoding.Latin1.GetString(bytes);
        if (kind == Kind.Utf8)
        {
            // Valid UTF-8 decodes in one framework call; errors are reported by the decoder below.
            try { return StrictUtf8.GetString(bytes); }
            catch (DecoderFallbackException) { }
        }
        var sb = new StringBuilder(bytes.Length);
        int i = 0;
        if (kind == Kind.Utf8Sig && bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) i = 3;
        bool bigEndian = kind is Kind.Utf16BE or Kind.Utf32BE;
        if (kind == Kind.Utf16 && bytes.Length >= 2)
        {
            if (bytes[0] == 0xFF && bytes[1] == 0xFE) i = 2;
            else if (bytes[0] == 0xFE && bytes[1] == 0xFF) { i = 2; bigEndian = true; }
        }
        if (kind == Kind.Utf32 && bytes.Length >= 4)
        {
            if (bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0) i = 4;
            else if (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF) { i = 4; bigEndian = true; }
        }
        // The plain utf-16/utf-32 codecs report errors under the byte order they settled on.
        if (kind is Kind.Utf16 or Kind.Utf32) name += bigEndian ? "-be" : "-le";
        while (i < bytes.Length)
        {
            int length;
            string? reason = kind switch
            {
                Kind.Ascii => DecodeAscii(bytes, i, sb, out length),
                Kind.Utf8 or Kind.Utf8Sig => DecodeUtf8(bytes, i, sb, out length),
                Kind.Utf16 or Kind.Utf16LE or Kind.Utf16BE => DecodeUtf16(bytes, i, bigEndian, sb, out length),
                _ => DecodeUtf32(bytes, i, bigEndian, sb, out length),
            };
            if (reason == null) { i += length; continue; }
            switch (errors)
            {
                case "strict":
                    throw DecodeError(name, bytes, i, i + length, reason);
                case "ignore":
                    break;
                case "replace":
                    sb.Append('\uFFFD');
                    break;
                case "backslashreplace":
                    for (int k = i; k < i + length; k++) sb.Append($"\\x{bytes[k]:x2}");
                    break;
                case "surrogateescape":
                    // Up to 4 leading bytes >= 128 become lone surrogates and decoding resumes after them.
                    int consumed = 0;
                    while (consumed < 4 && consumed < length && bytes[i + consumed] >= 128)
                    {
                        sb.Append((char)(0xDC00 + bytes[i + consumed]));
                        consumed++;
                    }
                    if (consumed == 0) throw DecodeError(name, bytes, i, i + length, reason);
                    length = consumed;
                    break;
                default:
                    throw PyErr.New(TypeObjects.LookupError, $"unknown error handler name '{errors}'");
            }
            i += length;
        }
        return sb.ToString();
    }

    private static PyException DecodeError(string codec, ReadOnlySpan<byte> data, int start, int end, string reason) =>
        new PyBaseException(TypeObjects.UnicodeDecodeError,
            PyTuple.Of(new PyStr(codec), new PyBytes(data.ToArray()), PyInt.Get(start), PyInt.Get(end), new PyStr(reason))).ToThrowable();

    private static string? DecodeAscii(ReadOnlySpan<byte> b, int i, StringBuilder sb, out int length)
    {
        length = 1;
        if (b[i] >= 128) return "ordinal not in range(128)";
        sb.Append((char)b[i]);
        return null;
    }

    /// <summary>Decodes one UTF-8 sequence; on error, <paramref name="length"/> is the maximal invalid subpart.</summary>
    private static string? DecodeUtf8(ReadOnlySpan<byte> b, int i, StringBuilder sb, out int length)
    {
        int c = b[i];
        if (c < 0x80)
        {
            // Copy a run of ASCII at once.
            int j = i + 1;
            while (j < b.Length && b[j] < 0x80) j++;
            for (int k = i; k < j; k++) sb.Append((char)b[k]);
            length = j - i;
            return null;
        }
        int need, lo = 0x80, hi = 0xBF, cp;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF)
        {
            need = 2; cp = c & 0x0F;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        }
        else if (c >= 0xF0 && c <= 0xF4)
        {
            need = 3; cp = c & 0x07;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        }
        else
        {
            length = 1;
            return "invalid start byte";
        }
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= b.Length)
            {
                length = b.Length - i;
                return "unexpected end of data";
            }
            int cc = b[i + k];
            if (cc < lo || cc > hi)
            {
                length = k;
                return "invalid continuation byte";
            }
            lo = 0x80; hi = 0xBF;
            cp = (cp << 6) | (cc & 0x3F);
        }
        length = need + 1;
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
        return null;
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> b, int i, bool be, StringBuilder sb, out int length)
    {
        if (i + 1 >= b.Length)
        {
            length = b.Length - i;
            return "truncated data";
        }
        int u = be ? (b[i] << 8) | b[i + 1] : b[i] | (b[i + 1] << 8);
        if (u < 0xD800 || u > 0xDFFF)
        {
            sb.Append((char)u);
            length = 2;
            return null;
        }
        if (u >= 0xDC00)
        {
            length = 2;
            return "illegal encoding";
        }
        if (i + 3 >= b.Length)
        {
            length = b.Length - i;
            return "unexpected end of data";
        }
        int u2 = be ? (b[i + 2] << 8) | b[i + 3] : b[i + 2] | (b[i + 3] << 8);
        if (u2 < 0xDC00 || u2 > 0xDFFF)
        {
            length = 2;
            return "illegal UTF-16 surrogate";
        }
        sb.Append((char)u).Append((char)u2);
        length = 4;
        return null;
    }

    private static string? DecodeUtf32(ReadOnlySpan<byte> b, int i, bool be, StringBuilder sb, out int length)
    {
        if (i + 3 >= b.Length)
        {
            length = b.Length - i;
            return "truncated data";
        }
        length = 4;
        long cp = be ? ((long)b[i] << 24) | ((long)b[i + 1] << 16) | ((long)b[i + 2] << 8) | b[i + 3]
                     : b[i] | ((long)b[i + 1] << 8) | ((long)b[i + 2] << 16) | ((long)b[i + 3] << 24);
        if (cp > 0x10FFFF) return "code point not in range(0x110000)";
        if (cp >= 0xD800 && cp <= 0xDFFF) return "code point in surrogate code point range(0xd800, 0xe000)";
        sb.Append(Unicode.ToText((int)cp));
        return null;
    }

    // ------------------------------------------------------------ exception types

    /// <summary>The attributes and messages of UnicodeEncodeError / UnicodeDecodeError.</summary>
    internal static void InstallUnicodeErrors()
    {
        string[] names = { "encoding", "object", "start", "end", "reason" };
        foreach (var t in new[] { TypeObjects.UnicodeEncodeError, TypeObjects.UnicodeDecodeError, TypeObjects.UnicodeTranslateError })
        {
            for (int i = 0; i < names.Length; i++)
            {
                int k = t == TypeObjects.UnicodeTranslateError ? i - 1 : i;
                if (k < 0) continue;
                t.Property(names[i], (ctx, s) =>
                {
                    var args = ((PyBaseException)s).Args.Items;
                    return k < args.Length ? args[k] : PyNone.Instance;
                });
            }
        }
        TypeObjects.UnicodeEncodeError.Def("__str__", (ctx, s) => new PyStr(UnicodeErrorMessage((PyBaseException)s, "encode")));
        TypeObjects.UnicodeDecodeError.Def("__str__", (ctx, s) => new PyStr(UnicodeErrorMessage((PyBaseException)s, "decode")));
    }

    private static string UnicodeErrorMessage(PyBaseException e, string verb)
    {
        var a = e.Args.Items;
        if (a.Length != 5 || a[2] is not PyInt start || a[3] is not PyInt end) return Exceptions.StrOf(e);
        var codec = Ops.StrString(PyContext.Current, a[0]);
        var reason = Ops.StrString(PyContext.Current, a[4]);
        if (end.Value == start.Value + 1)
        {
            if (verb == "decode" && a[1] is PyBytes bytes && start.Value < bytes.Value.Length)
                return $"'{codec}' codec can't decode byte 0x{bytes.Value[start.Value]:x2} in position {start.Value}: {reason}";
            if (verb == "encode" && a[1] is PyStr str && start.Value < str.Length)
                return $"'{codec}' codec can't encode character '{EscapeCodePoint(str.CodePointAt((int)start.Value))}' in position {start.Value}: {reason}";
        }
        string what = verb == "decode" ? "bytes" : "characters";
        return $"'{codec}' codec can't {verb} {what} in position {start.Value}-{end.Value - 1}: {reason}";
    }
}
