using System.Runtime.InteropServices;

namespace Pycc.Stdlib;

/// <summary>
/// C library functions .NET does not expose (log1p), from the same libm CPython calls, so
/// results agree to the last bit; a portable formula is used where that library is absent.
/// </summary>
internal static class NativeMath
{
    /// <summary>The quiet NaN C's NAN is (see <see cref="Pycc.Runtime.PyFloat.QuietNaN"/>).</summary>
    public static readonly double PositiveNaN = Pycc.Runtime.PyFloat.QuietNaN;

    private static readonly Func<double, double> s_log1p = Bind("log1p") ?? Log1pPortable;

    public static double Log1p(double x) => s_log1p(x);

    /// <summary>Goldberg's log(1 + x): the rounding error of 1 + x cancels in the quotient.</summary>
    private static double Log1pPortable(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate double UnaryFunction(double x);

    private static Func<double, double>? Bind(string name)
    {
        var library = OperatingSystem.IsWindows() ? "ucrtbase.dll" : OperatingSystem.IsMacOS() ? "libSystem.dylib" : "libm.so.6";
        if (!NativeLibrary.TryLoad(library, out var handle) || !NativeLibrary.TryGetExport(handle, name, out var address)) return null;
        return new Func<double, double>(Marshal.GetDelegateForFunctionPointer<UnaryFunction>(address));
    }
}
