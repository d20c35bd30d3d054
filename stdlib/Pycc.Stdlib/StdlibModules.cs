using Pycc.Runtime;

namespace Pycc.Stdlib;

/// <summary>Registers the standard-library modules written in C# with the runtime's import system.</summary>
public static class StdlibModules
{
    private static int s_registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref s_registered, 1) == 1) return;
        BuiltinModules.Register("math", MathModule.Create);
        BuiltinModules.Register("time", TimeModule.Create);
        BuiltinModules.Register("random", Random.RandomModule.Create);
        BuiltinModules.Register("json", Json.JsonModule.Create);
        BuiltinModules.Register("re", Re.ReModule.Create);
    }
}
