using Pycc.Runtime.Tests.Harness;
using Xunit;

namespace Pycc.Runtime.Tests;

/// <summary>sys.version_info and friends: named fields that still behave as tuples (expectations from CPython 3.11).</summary>
public class SysModuleTests
{
    private static T WithContext<T>(Func<PyContext, PyModule, T> body)
    {
        var rt = CaseRunner.NewRuntime();
        var prev = rt.MainContext.Enter();
        try { return body(rt.MainContext, rt.Sys); }
        finally { PyContext.Restore(prev); }
    }

    [Fact]
    public void VersionInfoHasFieldsAndComparesAsTuple() => WithContext((ctx, sys) =>
    {
        var vi = sys.Get("version_info")!;
        Assert.Equal("3", Ops.ReprString(ctx, Ops.GetAttr(ctx, vi, "major")));
        Assert.Equal("'final'", Ops.ReprString(ctx, Ops.GetAttr(ctx, vi, "releaselevel")));
        Assert.Equal("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)", Ops.ReprString(ctx, vi));
        Assert.True(Ops.CompareBool(ctx, vi, PyTuple.Of(PyInt.Get(3), PyInt.Get(8)), CompareOp.Ge));
        Assert.Equal("(3, 11)", Ops.ReprString(ctx, Ops.GetItem(ctx, vi, new PySlice(PyNone.Instance, PyInt.Get(2), PyNone.Instance))));
        Assert.Equal(5, Ops.Len(ctx, vi));
        Assert.True(BuiltinFunctions.IsInstance(ctx, vi, TypeObjects.Tuple));
        Assert.Equal("version_info", vi.Type.Name);
        return 0;
    });

    [Fact]
    public void FloatAndIntInfo() => WithContext((ctx, sys) =>
    {
        var fi = sys.Get("float_info")!;
        Assert.Equal("sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, " +
            "min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)", Ops.ReprString(ctx, fi));
        Assert.Equal("sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)",
            Ops.ReprString(ctx, sys.Get("int_info")!));
        return 0;
    });

    [Fact]
    public void IntMaxStrDigitsLimitsConversions() => WithContext((ctx, sys) =>
    {
        var big = Ops.Pow(ctx, PyInt.Get(10), PyInt.Get(5000));
        var e = Assert.Throws<PyException>(() => Ops.Str(ctx, big));
        Assert.Equal("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            Ops.StrString(ctx, e.Value));
        sys.Get("set_int_max_str_digits")!.Call1(ctx, PyInt.Get(6000));
        Assert.Equal(5001, Ops.Str(ctx, big).Value.Length);
        Assert.Equal("6000", Ops.ReprString(ctx, sys.Get("get_int_max_str_digits")!.Call0(ctx)));
        var bad = Assert.Throws<PyException>(() => sys.Get("set_int_max_str_digits")!.Call1(ctx, PyInt.Get(100)));
        Assert.Equal("maxdigits must be 0 or larger than 640", Ops.StrString(ctx, bad.Value));
        return 0;
    });
}
