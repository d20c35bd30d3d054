namespace Pycc.Runtime;

public static partial class BuiltinTypeMethods
{
    private static void InstallSets()
    {
        var st = TypeObjects.Set;
        st.Def("add", (ctx, s, x) => { ((PySet)s).Add(ctx, x); return PyNone.Instance; });
        st.Def("discard", (ctx, s, x) => { ((PySet)s).Remove(ctx, x); return PyNone.Instance; });
        st.Def("remove", (ctx, s, x) => ((PySet)s).Remove(ctx, x) ? PyNone.Instance : throw PyErr.KeyError(x));
        st.Def("pop", (ctx, s) => ((PySet)s).Pop() ?? throw PyErr.KeyError(new PyStr("pop from an empty set")));
        st.Def("clear", (ctx, s) => { ((PySet)s).Clear(); return PyNone.Instance; });
        st.DefVar("update", (ctx, s, a) =>
        {
            foreach (var o in a) ((PySet)s).Update(ctx, o);
            return PyNone.Instance;
        });
        st.DefVar("intersection_update", (ctx, s, a) =>
        {
            var set = (PySet)s;
            set.TakeBody(SetOps.IntersectionMany(ctx, set, a));
            return PyNone.Instance;
        });
        st.DefVar("difference_update", (ctx, s, a) =>
        {
            foreach (var o in a) SetOps.DifferenceUpdate(ctx, (PySet)s, o);
            return PyNone.Instance;
        });
        st.Def("symmetric_difference_update", (ctx, s, o) => { SetOps.SymmetricDifferenceUpdate(ctx, (PySet)s, o); return PyNone.Instance; });
        static PySet S(PyObject s) => BuiltinArgs.Native<PySet>(s);
        st.Def("__ior__", (ctx, s, o) => { if (Conversions.Unwrap(o) is not PySet os) return PySingleton.NotImplemented; S(s).Merge(ctx, os); return s; })
            .KeepsSubclassInstance = true;
        st.Def("__iand__", (ctx, s, o) =>
        {
            if (Conversions.Unwrap(o) is not PySet os) return PySingleton.NotImplemented;
            S(s).TakeBody(SetOps.Intersection(ctx, S(s), os));
            return s;
        }).KeepsSubclassInstance = true;
        st.Def("__isub__", (ctx, s, o) => { if (Conversions.Unwrap(o) is not PySet os) return PySingleton.NotImplemented; SetOps.DifferenceUpdate(ctx, S(s), os); return s; })
            .KeepsSubclassInstance = true;
        st.Def("__ixor__", (ctx, s, o) => { if (Conversions.Unwrap(o) is not PySet os) return PySingleton.NotImplemented; SetOps.SymmetricDifferenceUpdate(ctx, S(s), os); return s; })
            .KeepsSubclassInstance = true;
        st.Dict.SetStr("__hash__", PyNone.Instance);

        foreach (var t in new[] { TypeObjects.Set, TypeObjects.FrozenSet })
        {
            bool frozen = t == TypeObjects.FrozenSet;
            t.Def("__len__", (ctx, s) => PyInt.Get(((PySet)s).Count));
            t.Def("__contains__", (ctx, s, x) => PyBool.Of(((PySet)s).Contains(ctx, x)));
            t.Def("__iter__", (ctx, s) => s.GetIter(ctx));
            t.Def("copy", (ctx, s) => frozen && s is PySet { Frozen: true } ? s : ((PySet)s).Copy(frozen));
            t.DefVar("union", (ctx, s, a) =>
            {
                var r = ((PySet)s).Copy(frozen);
                foreach (var o in a) r.Update(ctx, o);
                return r;
            });
            t.DefVar("intersection", (ctx, s, a) => SetOps.IntersectionMany(ctx, (PySet)s, a));
            t.DefVar("difference", (ctx, s, a) =>
            {
                var set = (PySet)s;
                if (a.Length == 0) return set.Copy(frozen);
                var r = SetOps.Difference(ctx, set, a[0]);
                for (int i = 1; i < a.Length; i++) SetOps.DifferenceUpdate(ctx, r, a[i]);
                return r;
            });
            t.Def("symmetric_difference", (ctx, s, o) => SetOps.SymmetricDifference(ctx, (PySet)s, o));
            t.Def("isdisjoint", (ctx, s, o) => PyBool.Of(SetOps.IsDisjoint(ctx, (PySet)s, o)));
            t.Def("issubset", (ctx, s, o) => PyBool.Of(SetOps.IsSubset(ctx, (PySet)s, o as PySet ?? PySet.From(ctx, o, false))));
            t.Def("issuperset", (ctx, s, o) =>
            {
                var set = (PySet)s;
                if (o is PySet os) return PyBool.Of(SetOps.IsSubset(ctx, os, set));
                foreach (var x in Iteration.Enumerate(ctx, o)) if (!set.Contains(ctx, x)) return PyBool.False;
                return PyBool.True;
            });
            t.Def("__reduce__", (ctx, s) => PyTuple.Of(s.Type, PyTuple.Of(new PyList(((PySet)s).ToArray())), PyNone.Instance));
            t.Def("__sizeof__", (ctx, s) => PyInt.Get(200 + 16L * ((PySet)s).Count));
            ClassGetItem(t);
        }
    }
}
