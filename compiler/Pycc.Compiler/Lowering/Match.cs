using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    private void EmitMatch(Match m)
    {
        var subject = NewLocal("subject");
        W.Line($"{subject} = {Expr(m.Subject)};");
        var end = NewLabel("match_end");
        foreach (var c in m.Cases)
        {
            var next = NewLabel("case_next");
            LineOf(c.Pattern);
            EmitPattern(c.Pattern, subject, next);
            if (c.Guard != null) W.Line($"if (!{Cond(c.Guard)}) goto {next};");
            EmitStatements(c.Body);
            W.Line($"goto {end};");
            W.Label(next);
        }
        W.Label(end);
    }

    /// <summary>Emits a test of <paramref name="subject"/> against the pattern, jumping to <paramref name="fail"/> on mismatch.</summary>
    private void EmitPattern(Pattern p, string subject, string fail)
    {
        switch (p)
        {
            case MatchValue mv:
                W.Line($"if (!Ops.EqBool(ctx, {subject}, {Expr(mv.Value)})) goto {fail};");
                break;
            case MatchSingleton ms:
                var singleton = ms.Value switch
                {
                    ConstantKind.True => "PyBool.True",
                    ConstantKind.False => "PyBool.False",
                    _ => "PyNone.Instance",
                };
                W.Line($"if (!ReferenceEquals({subject}, {singleton})) goto {fail};");
                break;
            case MatchAs ma:
                if (ma.Pattern != null) EmitPattern(ma.Pattern, subject, fail);
                if (ma.Name != null) StoreName(ma.Name, subject);
                break;
            case MatchOr mo:
            {
                var ok = NewLabel("or_ok");
                for (int i = 0; i < mo.Patterns.Count; i++)
                {
                    if (i == mo.Patterns.Count - 1)
                    {
                        EmitPattern(mo.Patterns[i], subject, fail);
                        break;
                    }
                    var nextAlt = NewLabel("or_next");
                    EmitPattern(mo.Patterns[i], subject, nextAlt);
                    W.Line($"goto {ok};");
                    W.Label(nextAlt);
                }
                W.Label(ok);
                break;
            }
            case MatchSequence seq:
            {
                int star = seq.Patterns.FindIndex(x => x is MatchStar);
                int fixedCount = seq.Patterns.Count - (star >= 0 ? 1 : 0);
                var items = NewLocal("seq", "PyObject[]");
                W.Line($"if (!PatternMatching.Sequence(ctx, {subject}, {fixedCount}, {(star >= 0 ? "true" : "false")}, out {items})) goto {fail};");
                int after = star >= 0 ? seq.Patterns.Count - star - 1 : 0;
                for (int i = 0; i < seq.Patterns.Count; i++)
                {
                    if (i == star)
                    {
                        if (((MatchStar)seq.Patterns[i]).Name is { } starName)
                            StoreName(starName, $"PatternMatching.Middle({items}, {star}, {after})");
                        continue;
                    }
                    var element = star >= 0 && i > star ? $"{items}[{items}.Length - {seq.Patterns.Count - i}]" : $"{items}[{i}]";
                    var sub = seq.Patterns[i];
                    if (sub is MatchAs { Pattern: null, Name: null }) continue;
                    EmitPattern(sub, element, fail);
                }
                break;
            }
            case MatchMapping mm:
            {
                var values = NewLocal("values", "PyObject[]");
                var keys = $"new PyObject[] {{ {string.Join(", ", mm.Keys.Select(Expr))} }}";
                var keyTemp = NewLocal("keys", "PyObject[]");
                W.Line($"{keyTemp} = {keys};");
                W.Line($"if (!PatternMatching.Mapping(ctx, {subject}, {keyTemp}, out {values})) goto {fail};");
                for (int i = 0; i < mm.Patterns.Count; i++) EmitPattern(mm.Patterns[i], $"{values}[{i}]", fail);
                if (mm.Rest != null) StoreName(mm.Rest, $"PatternMatching.Rest(ctx, {subject}, {keyTemp})");
                break;
            }
            case MatchClass mc:
            {
                var attrs = NewLocal("attrs", "PyObject[]");
                var names = mc.KwdAttrs.Count == 0 ? "System.Array.Empty<string>()" : M.StringArray(mc.KwdAttrs);
                W.Line($"if (!PatternMatching.Class(ctx, {subject}, {Expr(mc.Cls)}, {mc.Patterns.Count}, {names}, out {attrs})) goto {fail};");
                for (int i = 0; i < mc.Patterns.Count; i++) EmitPattern(mc.Patterns[i], $"{attrs}[{i}]", fail);
                for (int i = 0; i < mc.KwdPatterns.Count; i++) EmitPattern(mc.KwdPatterns[i], $"{attrs}[{mc.Patterns.Count + i}]", fail);
                break;
            }
            case MatchStar:
                throw new CompileError(M.FileName, p.Line, p.Col + 1, "can't use starred name here");
            default:
                throw Unsupported(p.GetType().Name, p);
        }
    }
}
