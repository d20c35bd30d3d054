using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

/// <summary>
/// The state of one thread of Python execution, passed as the first parameter of every
/// compiled function (reading a [ThreadStatic] on hot paths is measured as too slow).
/// </summary>
public sealed class PyContext
{
    public readonly PyRuntime Runtime;
    /// <summary>Current Python call depth.</summary>
    public int Depth;
    /// <summary>Depth at which <see cref="CheckDepth"/> runs next: the recursion limit or the next stack probe.</summary>
    public int DepthCheckAt;
    /// <summary>The exception being handled (`sys.exc_info()`), or null.</summary>
    public PyBaseException? Handled;

    [ThreadStatic] private static PyContext? t_current;

    public PyContext(PyRuntime runtime)
    {
        Runtime = runtime;
        DepthCheckAt = Math.Min(runtime.RecursionLimit, StackProbeInterval);
    }

    /// <summary>The context of the calling thread: for slow paths only (e.g. a C# callback from .NET code).</summary>
    public static PyContext Current => t_current ?? throw new InvalidOperationException("no Python context on this thread");

    /// <summary>The context of the calling thread, or null outside Python execution.</summary>
    public static PyContext? CurrentOrNull => t_current;

    /// <summary>Makes this context current on the calling thread; returns the previous one.</summary>
    public PyContext? Enter()
    {
        var prev = t_current;
        t_current = this;
        return prev;
    }

    public static void Restore(PyContext? prev) => t_current = prev;

    private const int StackProbeInterval = 64;

    private int _pendingSignal;

    /// <summary>Thread-safe: asks this context to raise the signal (2 = SIGINT) at its next safepoint.</summary>
    public void Interrupt(int signal = 2)
    {
        if (Interlocked.Exchange(ref _pendingSignal, signal) == 0) Safepoint.AddPending();
    }

    /// <summary>Drops an interrupt that was requested but not delivered (a host discarding the context).</summary>
    public void CancelInterrupt()
    {
        if (Interlocked.Exchange(ref _pendingSignal, 0) != 0) Safepoint.RemovePending();
    }

    /// <summary>The safepoint slow path for this context.</summary>
    internal void OnSafepoint()
    {
        int signal = Interlocked.Exchange(ref _pendingSignal, 0);
        if (signal == 0) return;
        Safepoint.RemovePending();
        throw PyErr.New(TypeObjects.KeyboardInterrupt);
    }

    /// <summary>
    /// Called by function entries when <see cref="Depth"/> passes <see cref="DepthCheckAt"/>:
    /// raises RecursionError at the recursion limit or when the .NET stack runs low.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void CheckDepth()
    {
        if (Depth > Runtime.RecursionLimit)
        {
            Depth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Depth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded (the .NET stack is exhausted)");
        }
        DepthCheckAt = Math.Min(Runtime.RecursionLimit, Depth + StackProbeInterval);
    }

    /// <summary>Re-arms the depth check after the recursion limit changes or the stack unwinds.</summary>
    public void ResetDepthCheck() => DepthCheckAt = Math.Min(Runtime.RecursionLimit, Depth + StackProbeInterval);
}
