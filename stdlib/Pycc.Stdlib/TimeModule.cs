using System.Diagnostics;
using Pycc.Runtime;

namespace Pycc.Stdlib;

/// <summary>The `time` module: clocks and sleep (interruptible, checking safepoints while waiting);
/// the calendar functions are in <see cref="TimeCalendar"/>.</summary>
public static class TimeModule
{
    private static readonly long s_processStart = Stopwatch.GetTimestamp();

    public static PyModule Create(PyRuntime rt)
    {
        var m = new PyModule("time", rt.Builtins);
        m.Fn("time", (ctx, _) => new PyFloat(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + (DateTime.UtcNow.Ticks % 10000) / 1e7));
        m.Fn("time_ns", (ctx, _) => PyInt.Get((DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100));
        m.Fn("monotonic", (ctx, _) => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        m.Fn("monotonic_ns", (ctx, _) => PyInt.Get((long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency))));
        m.Fn("perf_counter", (ctx, _) => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        m.Fn("perf_counter_ns", (ctx, _) => PyInt.Get((long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency))));
        m.Fn("process_time", (ctx, _) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        m.Fn("thread_time", (ctx, _) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        m.Fn("sleep", (ctx, _, secs) =>
        {
            double s = Conversions.ToDouble(ctx, secs);
            if (double.IsNaN(s)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            if (s < 0) throw PyErr.ValueError("sleep length must be non-negative");
            // Sleep in short slices so an interrupt is seen within a millisecond.
            var deadline = Stopwatch.GetTimestamp() + (long)(s * Stopwatch.Frequency);
            while (true)
            {
                if (Safepoint.Requested != 0) Safepoint.Slow(ctx);
                long left = deadline - Stopwatch.GetTimestamp();
                if (left <= 0) break;
                Thread.Sleep(TimeSpan.FromTicks(Math.Min(TimeSpan.TicksPerMillisecond, (long)(left * (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency))));
            }
            return PyNone.Instance;
        });
        TimeCalendar.Define(PyContext.Current, m);
        return m;
    }
}
