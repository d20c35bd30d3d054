namespace Pycc.Runtime;

public sealed partial class PyType
{
    /// <summary>One epoch's operator dunders of this type, replaced whole (never updated in place
    /// across epochs) so a reader on another thread sees one epoch's values or none.</summary>
    private sealed class OperatorSlotTable(int epoch)
    {
        public readonly int Epoch = epoch;
        /// <summary>Per binary operator the dunder, then the reflected dunder; then one per comparison;
        /// <see cref="NotLookedUp"/> until first asked.</summary>
        public readonly PyObject?[] Slots = NewSlots();

        private static PyObject?[] NewSlots()
        {
            var slots = new PyObject?[CompareBase + Enum.GetValues<CompareOp>().Length];
            Array.Fill(slots, NotLookedUp);
            return slots;
        }
    }

    private static readonly int CompareBase = Enum.GetValues<BinaryOp>().Length * 2;
    private OperatorSlotTable? _operatorSlots;
    private static readonly PyObject NotLookedUp = new PyStr("<not looked up>");

    /// <summary>
    /// `__add__` (or `__radd__` when <paramref name="reflected"/>) of this type: what
    /// <see cref="Lookup"/> gives, kept in an array per type so that an operator on instances of
    /// user classes (`v1 + v2` with `__add__`) costs no name lookups. Refreshed when any class
    /// changes, like every other lookup cache.
    /// </summary>
    public PyObject? OperatorSlot(BinaryOp op, bool reflected) =>
        Slot((int)op * 2 + (reflected ? 1 : 0), reflected ? Ops.ReflectedName(op) : Ops.DunderName(op));

    /// <summary>`__lt__`, `__eq__`… of this type, cached as <see cref="OperatorSlot"/> is.</summary>
    public PyObject? CompareSlot(CompareOp op) => Slot(CompareBase + (int)op, Ops.CompareDunder(op));

    private PyObject? Slot(int i, string name)
    {
        int epoch = Epoch;
        var table = _operatorSlots;
        if (table == null || table.Epoch != epoch) _operatorSlots = table = new OperatorSlotTable(epoch);
        var v = table.Slots[i];
        if (ReferenceEquals(v, NotLookedUp)) table.Slots[i] = v = Lookup(name);
        return v;
    }
}
