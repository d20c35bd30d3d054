namespace Pycc.Runtime;

public sealed partial class PyType
{
    /// <summary>One epoch's operator dunders of this type, replaced whole (never updated in place
    /// across epochs) so a reader on another thread sees one epoch's values or none.</summary>
    private sealed class OperatorSlotTable(int epoch)
    {
        public readonly int Epoch = epoch;
        /// <summary>Per binary operator: the dunder, then the reflected dunder; <see cref="NotLookedUp"/> until first asked.</summary>
        public readonly PyObject?[] Slots = NewSlots();

        private static PyObject?[] NewSlots()
        {
            var slots = new PyObject?[Enum.GetValues<BinaryOp>().Length * 2];
            Array.Fill(slots, NotLookedUp);
            return slots;
        }
    }

    private OperatorSlotTable? _operatorSlots;
    private static readonly PyObject NotLookedUp = new PyStr("<not looked up>");

    /// <summary>
    /// `__add__` (or `__radd__` when <paramref name="reflected"/>) of this type: what
    /// <see cref="Lookup"/> gives, kept in an array per type so that an operator on instances of
    /// user classes (`v1 + v2` with `__add__`) costs no name lookups. Refreshed when any class
    /// changes, like every other lookup cache.
    /// </summary>
    public PyObject? OperatorSlot(BinaryOp op, bool reflected)
    {
        int epoch = Epoch;
        var table = _operatorSlots;
        if (table == null || table.Epoch != epoch) _operatorSlots = table = new OperatorSlotTable(epoch);
        int i = (int)op * 2 + (reflected ? 1 : 0);
        var v = table.Slots[i];
        if (ReferenceEquals(v, NotLookedUp))
            table.Slots[i] = v = Lookup(reflected ? Ops.ReflectedName(op) : Ops.DunderName(op));
        return v;
    }
}
