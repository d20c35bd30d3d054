using Pycc.Runtime;

namespace Pycc.Stdlib;

/// <summary>
/// Registers the standard library with the runtime's import system: the modules written in C#
/// here, and those written in Python (stdlib/Lib, compiled into this assembly at build time).
/// Compiled programs call this from their Main.
/// </summary>
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
        BuiltinModules.Register("binascii", Binary.BinasciiModule.Create);
        BuiltinModules.Register("hashlib", Binary.HashlibModule.Create);
        BuiltinModules.Register("struct", Binary.StructModule.Create);
        BuiltinModules.Register("cmath", CmathModule.Create);
        BuiltinModules.Register("operator", OperatorModule.Create);
        BuiltinModules.Register("_heapq", HeapqBisectModules.CreateHeapq);
        BuiltinModules.Register("_bisect", HeapqBisectModules.CreateBisect);
        Lib.PythonModules.Register();
    }
}
