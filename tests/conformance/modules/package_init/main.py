# Packages: __init__.py runs once, submodules become attributes of the package.
import geometry
print("imported geometry; has vector:", hasattr(geometry, "vector"))
import geometry.vector
print("after import geometry.vector:", hasattr(geometry, "vector"))
from geometry import shapes
from geometry.vector import Vector
print(geometry.VERSION, geometry.__name__, geometry.vector.__name__, shapes.__name__)
v = Vector(3, 4)
print(v, abs(v), v + Vector(1, 1))
print(shapes.describe(v))
print(geometry.shapes is shapes, geometry.vector.Vector is Vector)
print(geometry.__package__, geometry.vector.__package__)
