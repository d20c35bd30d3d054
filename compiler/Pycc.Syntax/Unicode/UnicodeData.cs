using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Pycc.Syntax;

/// <summary>
/// The Unicode 14.0 facts the tokenizer needs, from tables generated with CPython 3.11's
/// unicodedata (see gen_unicode_data.py): identifier characters (PEP 3131), NFKC
/// normalization of identifiers, and character names for \N{...} escapes. .NET's own
/// normalization is unavailable because the project runs in invariant globalization mode.
/// </summary>
public static class UnicodeData
{
    private static int[]? _startRanges, _continueRanges, _printableRanges;
    private static Dictionary<int, int[]>? _decomp;
    private static Dictionary<int, byte>? _ccc;
    private static Dictionary<long, int>? _compose;
    private static Dictionary<string, int>? _names;
    private static List<(int, int)>? _cjk;
    private static readonly object Gate = new();

    private static IEnumerable<string> Lines(string resource)
    {
        using var s = typeof(UnicodeData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("missing resource " + resource);
        using var gz = new GZipStream(s, CompressionMode.Decompress);
        using var r = new StreamReader(gz, Encoding.UTF8);
        var all = new List<string>();
        string? line;
        while ((line = r.ReadLine()) != null) if (line.Length > 0) all.Add(line);
        return all;
    }

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static void LoadIdentifiers()
    {
        lock (Gate)
        {
            if (_startRanges != null) return;
            var s = new List<int>();
            var c = new List<int>();
            var pr = new List<int>();
            foreach (var line in Lines("Pycc.Syntax.identifiers.txt.gz"))
            {
                var p = line.Split(' ');
                var list = p[0] == "S" ? s : p[0] == "C" ? c : pr;
                list.Add(Hex(p[1]));
                list.Add(Hex(p[2]));
            }
            _continueRanges = c.ToArray();
            _printableRanges = pr.ToArray();
            _startRanges = s.ToArray();
        }
    }

    private static bool InRanges(int[] r, int cp)
    {
        int lo = 0, hi = r.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < r[2 * mid]) hi = mid - 1;
            else if (cp > r[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>XID_Start, or '_'.</summary>
    public static bool IsIdentifierStart(int cp)
    {
        if (cp < 0x80) return cp == '_' || (uint)((cp | 0x20) - 'a') < 26;
        if (_startRanges == null) LoadIdentifiers();
        return InRanges(_startRanges!, cp);
    }

    /// <summary>XID_Continue.</summary>
    public static bool IsIdentifierContinue(int cp)
    {
        if (cp < 0x80) return cp == '_' || (uint)((cp | 0x20) - 'a') < 26 || (uint)(cp - '0') < 10;
        if (_continueRanges == null) LoadIdentifiers();
        return InRanges(_continueRanges!, cp);
    }

    /// <summary>As Python's str.isprintable for one character.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
        if (_startRanges == null) LoadIdentifiers();
        return InRanges(_printableRanges!, cp);
    }

    // ------------------------------------------------------------------ NFKC

    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static void LoadNormalization()
    {
        lock (Gate)
        {
            if (_decomp != null) return;
            var d = new Dictionary<int, int[]>();
            var k = new Dictionary<int, byte>();
            var p = new Dictionary<long, int>();
            foreach (var line in Lines("Pycc.Syntax.nfkc.txt.gz"))
            {
                var f = line.Split(' ');
                switch (f[0])
                {
                    case "D": d[Hex(f[1])] = f.Skip(2).Select(Hex).ToArray(); break;
                    case "K": k[Hex(f[1])] = byte.Parse(f[2], CultureInfo.InvariantCulture); break;
                    case "P": p[((long)Hex(f[1]) << 21) | (uint)Hex(f[2])] = Hex(f[3]); break;
                }
            }
            _ccc = k;
            _compose = p;
            _decomp = d;
        }
    }

    /// <summary>Unicode normalization form KC, as unicodedata.normalize('NFKC', s).</summary>
    public static string NormalizeNfkc(string s)
    {
        bool ascii = true;
        foreach (char ch in s) if (ch >= 0x80) { ascii = false; break; }
        if (ascii) return s;
        if (_decomp == null) LoadNormalization();

        var cps = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = char.ConvertToUtf32(s, i);
            if (cp > 0xFFFF) i++;
            if (cp >= SBase && cp < SBase + SCount)
            {
                int si = cp - SBase;
                cps.Add(LBase + si / NCount);
                cps.Add(VBase + si % NCount / TCount);
                if (si % TCount != 0) cps.Add(TBase + si % TCount);
            }
            else if (_decomp!.TryGetValue(cp, out var seq)) cps.AddRange(seq);
            else cps.Add(cp);
        }

        // Canonical ordering: stable sort of each run of non-starters by combining class.
        for (int i = 1; i < cps.Count; i++)
        {
            int c = Ccc(cps[i]);
            if (c == 0) continue;
            int j = i;
            while (j > 0 && Ccc(cps[j - 1]) > c)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }

        // Canonical composition: a character joins the last starter unless a character
        // between them is a starter or has a combining class not below its own.
        var result = new List<int>(cps.Count);
        int starter = -1, lastClass = -1;
        foreach (int cp in cps)
        {
            int c = Ccc(cp);
            if (starter >= 0 && (lastClass == -1 || lastClass < c))
            {
                int composed = ComposePair(result[starter], cp);
                if (composed >= 0)
                {
                    result[starter] = composed;
                    continue;
                }
            }
            if (c == 0) { starter = result.Count; lastClass = -1; }
            else lastClass = c;
            result.Add(cp);
        }

        var sb = new StringBuilder(result.Count);
        foreach (int cp in result) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }

    private static int Ccc(int cp) => _ccc!.TryGetValue(cp, out var c) ? c : 0;

    private static int ComposePair(int a, int b)
    {
        if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
            return SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
        if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount == 0 && b > TBase && b < TBase + TCount)
            return a + (b - TBase);
        return _compose!.TryGetValue(((long)a << 21) | (uint)b, out var r) ? r : -1;
    }

    // ------------------------------------------------------------------ names

    private static readonly string[] JamoL = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
    private static readonly string[] JamoV = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
    private static readonly string[] JamoT = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };

    private static void LoadNames()
    {
        lock (Gate)
        {
            if (_names != null) return;
            var n = new Dictionary<string, int>(40000, StringComparer.OrdinalIgnoreCase);
            var cjk = new List<(int, int)>();
            foreach (var line in Lines("Pycc.Syntax.names.txt.gz"))
            {
                if (line.StartsWith("R "))
                {
                    var f = line.Split(' ');
                    cjk.Add((Hex(f[1]), Hex(f[2])));
                    continue;
                }
                int semi = line.IndexOf(';');
                n.TryAdd(line.Substring(semi + 1), Hex(line.Substring(0, semi)));
            }
            _cjk = cjk;
            _names = n;
        }
    }

    /// <summary>The code point named `name` as \N{name} accepts it, or -1.</summary>
    public static int LookupName(string name)
    {
        if (_names == null) LoadNames();
        const string cjkPrefix = "CJK UNIFIED IDEOGRAPH-", hangulPrefix = "HANGUL SYLLABLE ";
        // Computed names must be spelled in upper case, as in CPython.
        if (name.StartsWith(cjkPrefix, StringComparison.Ordinal))
        {
            string hex = name.Substring(cjkPrefix.Length);
            if ((hex.Length == 4 || hex.Length == 5) && hex.All(ch => ch is >= '0' and <= '9' or >= 'A' and <= 'F'))
            {
                int cp = Hex(hex);
                foreach (var (lo, hi) in _cjk!) if (cp >= lo && cp <= hi) return cp;
            }
            return -1;
        }
        if (name.StartsWith(hangulPrefix, StringComparison.Ordinal))
        {
            string rest = name.Substring(hangulPrefix.Length);
            int pos = 0;
            int l = LongestJamo(JamoL, rest, ref pos), v = LongestJamo(JamoV, rest, ref pos), t = LongestJamo(JamoT, rest, ref pos);
            if (l >= 0 && v >= 0 && t >= 0 && pos == rest.Length)
                return SBase + (l * VCount + v) * TCount + t;
            return -1;
        }
        return _names!.TryGetValue(name, out var r) ? r : -1;
    }

    private static int LongestJamo(string[] table, string s, ref int pos)
    {
        int best = -1, bestLen = -1;
        for (int i = 0; i < table.Length; i++)
        {
            string j = table[i];
            if (j.Length > bestLen && pos + j.Length <= s.Length && string.CompareOrdinal(s, pos, j, 0, j.Length) == 0)
            {
                best = i;
                bestLen = j.Length;
            }
        }
        if (best >= 0) pos += bestLen;
        return best;
    }
}
