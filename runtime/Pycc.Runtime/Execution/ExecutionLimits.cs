namespace Pycc.Runtime;

/// <summary>
/// What a host imposes on one execution (<see cref="PyContext.Run{T}"/>). Every limit is
/// optional; exceeding one ends the execution with an <see cref="ExecutionLimitException"/>
/// that Python `except` clauses cannot catch (`finally` blocks and `with` exits still run).
/// </summary>
public sealed class ExecutionLimits
{
    /// <summary>Deterministic budget of safepoints (loop iterations, function entries, and
    /// iterations of long built-in loops). Switches the execution to metered mode.</summary>
    public long? Fuel { get; init; }

    /// <summary>Wall-clock budget, measured from the start of the execution.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Ends the execution when cancelled.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Maximum Python call depth (unlike `sys.setrecursionlimit`, Python cannot raise it or catch it).</summary>
    public int? MaxRecursionDepth { get; init; }

    /// <summary>Bytes the executing thread may allocate (GC.GetAllocatedBytesForCurrentThread),
    /// measured at safepoints every <see cref="PollInterval"/>.</summary>
    public long? MemoryBytes { get; init; }

    /// <summary>Called at a safepoint every <see cref="CallbackEverySafepoints"/> safepoints
    /// and/or every <see cref="CallbackInterval"/>. It may throw a <see cref="PyException"/>
    /// (raised into Python at that point), return <see cref="SafepointAction.Yield"/> to
    /// request preemption, or return <see cref="SafepointAction.Continue"/>.</summary>
    public Func<PyContext, SafepointAction>? Callback { get; init; }

    public long CallbackEverySafepoints { get; init; }
    public TimeSpan CallbackInterval { get; init; }

    /// <summary>How often the memory budget is measured (default 5 ms).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Once a limit is exceeded, `finally` blocks and `with` exits get this many
    /// safepoints (and at most <see cref="GraceTime"/>) to clean up; after that every
    /// safepoint raises the limit error again, so cleanup code cannot run forever.</summary>
    public long GraceSafepoints { get; init; } = 100_000;
    public TimeSpan GraceTime { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>No limit: used by <see cref="PyContext.Run{T}"/> callers that only want a callback.</summary>
    public static readonly ExecutionLimits None = new();
}

/// <summary>What a host safepoint callback asks for.</summary>
public enum SafepointAction
{
    Continue,
    /// <summary>Asks the execution to yield to its scheduler: sets <see cref="PyContext.YieldRequested"/>,
    /// which the cooperative scheduler (issue 4) consumes; until it exists, nothing else happens.</summary>
    Yield,
}

/// <summary>Which limit ended an execution.</summary>
public enum ExecutionLimit
{
    Fuel,
    Deadline,
    Cancellation,
    RecursionDepth,
    Memory,
}

/// <summary>
/// An execution exceeded a host limit. Python code cannot catch it; the host receives it
/// from <see cref="PyContext.Run{T}"/> with the Python traceback of the point where the
/// limit was hit (<see cref="PythonTraceback"/>).
/// </summary>
public abstract class ExecutionLimitException : PyccUncatchableException
{
    private readonly PyRuntime _runtime;

    public ExecutionLimit Limit { get; }

    /// <summary>The stack where the limit was hit (the error's own trace only covers frames it unwound).</summary>
    internal System.Diagnostics.StackTrace? PythonStack;

    protected ExecutionLimitException(PyRuntime runtime, ExecutionLimit limit, string message) : base(message)
    {
        _runtime = runtime;
        Limit = limit;
    }

    /// <summary>CPython-style report: the Python frames, outermost first, then the error line.</summary>
    public string PythonTraceback => Tracebacks.FormatHostError(_runtime, this);
}

public sealed class FuelExhaustedException : ExecutionLimitException
{
    public FuelExhaustedException(PyRuntime rt, long fuel) : base(rt, ExecutionLimit.Fuel, $"fuel exhausted ({fuel} safepoints)") { }
}

public sealed class DeadlineExceededException : ExecutionLimitException
{
    public DeadlineExceededException(PyRuntime rt, TimeSpan timeout) : base(rt, ExecutionLimit.Deadline, $"deadline exceeded ({timeout.TotalMilliseconds:0.###} ms)") { }
}

public sealed class ExecutionCancelledException : ExecutionLimitException
{
    public ExecutionCancelledException(PyRuntime rt) : base(rt, ExecutionLimit.Cancellation, "execution cancelled") { }
}

public sealed class RecursionDepthExceededException : ExecutionLimitException
{
    public RecursionDepthExceededException(PyRuntime rt, int depth) : base(rt, ExecutionLimit.RecursionDepth, $"recursion depth limit exceeded ({depth})") { }
}

public sealed class MemoryBudgetExceededException : ExecutionLimitException
{
    public MemoryBudgetExceededException(PyRuntime rt, long budget, long used) : base(rt, ExecutionLimit.Memory, $"memory budget exceeded ({used} of {budget} bytes allocated)") { }
}
