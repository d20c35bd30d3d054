# An exception raised inside __init__ propagates out of the constructor call.
class Matrix:
    def __init__(self, rows):
        widths = {len(r) for r in rows}
        if len(widths) != 1:
            raise ValueError(f"ragged matrix: row widths {sorted(widths)}")
        self.rows = rows

    def __repr__(self):
        return f"Matrix({self.rows})"

print(Matrix([[1, 2], [3, 4]]))
print(Matrix([[1, 2, 3], [4, 5], [6]]))
