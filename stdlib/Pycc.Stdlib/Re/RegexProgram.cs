using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Pycc.Stdlib.Re;

/// <summary>
/// A translated pattern and the .NET regexes made from it: one to search, one anchored at the
/// start position (`match`), one anchored at both ends (`fullmatch`) and one that must consume
/// at least a character at the start position (the rule CPython applies after an empty match).
/// Immutable and cached by (pattern, flags), so every runtime shares it.
/// </summary>
internal sealed class RegexProgram
{
    private const int MaxCache = 512;
    private static readonly ConcurrentDictionary<(string, bool, int), RegexProgram> s_cache = new();

    public readonly string Source;
    public readonly bool IsBytes;
    public readonly ReFlags Flags;
    public readonly int GroupCount;
    public readonly Dictionary<string, int> GroupNames;
    /// <summary>For each group number, the number of the group that encloses it (0: none).</summary>
    public readonly int[] Parent;
    private readonly string _net;
    private readonly RegexOptions _options;
    /// <summary>The Pattern object for this program, so compiling the same pattern twice gives the same object.</summary>
    public PyPattern? Pattern;
    private readonly LazyRegex _search, _anchored, _full, _nonEmpty;

    private RegexProgram(string source, bool isBytes, PatternTranslator t)
    {
        Source = source;
        IsBytes = isBytes;
        Flags = t.Flags;
        GroupCount = t.GroupCount;
        GroupNames = t.GroupNames;
        Parent = t.Parents;
        _net = t.Result;
        _options = RegexOptions.CultureInvariant
                   | ((Flags & ReFlags.IgnoreCase) != 0 ? RegexOptions.IgnoreCase : 0)
                   | ((Flags & ReFlags.Multiline) != 0 ? RegexOptions.Multiline : 0)
                   | ((Flags & ReFlags.DotAll) != 0 ? RegexOptions.Singleline : 0);
        _search = NewRegex(_net);
        _anchored = NewRegex("\\G(?:" + _net + ")");
        _full = NewRegex("\\G(?:" + _net + ")\\z");
        _nonEmpty = NewRegex("\\G(?:" + _net + ")(?!\\G)");
        _search.Get(); // reports what .NET refuses when the pattern is compiled, not at first use
    }

    public static RegexProgram Get(string source, bool isBytes, int flags)
    {
        if (s_cache.TryGetValue((source, isBytes, flags), out var p)) return p;
        var t = PatternTranslator.Translate(source, (ReFlags)flags, isBytes);
        p = new RegexProgram(source, isBytes, t);
        if (s_cache.Count >= MaxCache) s_cache.Clear();
        s_cache[(source, isBytes, flags)] = p;
        return p;
    }

    public static void Purge() => s_cache.Clear();

    private LazyRegex NewRegex(string net) => new(net, _options);

    public Regex Search => _search.Get();
    public Regex Anchored => _anchored.Get();
    public Regex Full => _full.Get();
    public Regex NonEmptyAtStart => _nonEmpty.Get();

    /// <summary>
    /// Successive matches from start as CPython finds them: after an empty match the next one
    /// may start at the same place only if it is not empty.
    /// </summary>
    public IEnumerable<Match> Matches(string text, int start, bool mustAdvance = false)
    {
        var search = Search;
        int pos = start;
        while (pos <= text.Length)
        {
            Match m;
            if (mustAdvance)
            {
                m = NonEmptyAtStart.Match(text, pos);
                if (!m.Success)
                {
                    if (pos >= text.Length) yield break;
                    pos += char.IsHighSurrogate(text[pos]) && pos + 1 < text.Length && char.IsLowSurrogate(text[pos + 1]) ? 2 : 1;
                    m = search.Match(text, pos);
                }
            }
            else m = search.Match(text, pos);
            if (!m.Success) yield break;
            yield return m;
            mustAdvance = m.Length == 0;
            pos = m.Index + m.Length;
        }
    }
}

/// <summary>A .NET regex built on first use. It stays interpreted: compiling to IL
/// (RegexOptions.Compiled) cost more than it saved in every program measured (re_bench: 2.6 s
/// against 1.9 s), the JIT time of a compiled regex outweighing its faster matching.</summary>
internal sealed class LazyRegex
{
    private readonly string _pattern;
    private readonly RegexOptions _options;
    private Regex? _regex;

    public LazyRegex(string pattern, RegexOptions options) { _pattern = pattern; _options = options; }

    public Regex Get()
    {
        if (_regex != null) return _regex;
        try { return _regex = new Regex(_pattern, _options); }
        catch (ArgumentException e) { throw new PatternError("pattern not supported by the .NET engine: " + e.Message, 0); }
    }
}
