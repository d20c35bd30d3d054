using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    private void EmitImport(Import imp)
    {
        foreach (var a in imp.Names)
        {
            var name = CodeWriter.Literal(a.Name);
            if (a.AsName != null) StoreName(a.AsName, $"Ops.ImportModule(ctx, fn.Globals, {name}, 0)");
            else StoreName(a.Name.Split('.')[0], $"Ops.ImportTop(ctx, fn.Globals, {name})");
        }
    }

    private void EmitImportFrom(ImportFrom imf)
    {
        var module = Temp();
        W.Line($"{module} = Ops.ImportModule(ctx, fn.Globals, {CodeWriter.Literal(imf.ModuleName ?? "")}, {imf.Level});");
        foreach (var a in imf.Names)
        {
            if (a.Name == "*") W.Line($"Ops.ImportStar(ctx, (PyModule){module}, fn.Globals);");
            else StoreName(a.AsName ?? a.Name, $"Ops.ImportFrom(ctx, {module}, {CodeWriter.Literal(a.Name)})");
        }
    }
}
