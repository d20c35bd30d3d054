using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

/// <summary>
/// Interrupt safepoints. Compiled code checks <see cref="Requested"/> at every loop
/// back-edge and function entry: one read of a process-wide volatile flag. Whoever needs
/// attention (an interrupt, a timer, a preemption request) raises the flag; the slow path
/// looks at the current context and decides.
/// </summary>
public static class Safepoint
{
    /// <summary>Non-zero when some context needs attention. Read by generated code.</summary>
    public static volatile int Requested;

    private static int s_pending;

    /// <summary>Registers one pending request and raises the flag.</summary>
    public static void AddPending()
    {
        Interlocked.Increment(ref s_pending);
        Requested = 1;
    }

    /// <summary>Retires one request; the flag drops when none is left.</summary>
    public static void RemovePending()
    {
        if (Interlocked.Decrement(ref s_pending) > 0) return;
        Requested = 0;
        // A request that arrived between the decrement and the store must not be lost.
        if (Volatile.Read(ref s_pending) > 0) Requested = 1;
    }

    /// <summary>A safepoint in a C# loop of the runtime (a long built-in): the same check compiled code makes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check(PyContext ctx)
    {
        if (Requested != 0) Slow(ctx);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Slow(PyContext ctx)
    {
        ctx.OnSafepoint();
    }

    /// <summary>The slow path of a loop back-edge at Python line <paramref name="line"/>: an
    /// exception it raises records the line for the frame that called it (see Tracebacks).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Slow(PyContext ctx, int line)
    {
        try
        {
            ctx.OnSafepoint();
        }
        catch (PyException e) when (RecordLine(e, line))
        {
        }
    }

    /// <summary>An exception filter that never catches: it only notes the line, innermost safepoint first.</summary>
    private static bool RecordLine(PyException e, int line)
    {
        if (e.SafepointLine == 0) e.SafepointLine = line;
        return false;
    }
}
