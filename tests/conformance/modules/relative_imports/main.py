# Relative imports with one and two leading dots across subpackages.
from app.plugins import upper_plugin
from app.core import engine

print(engine.run("hello", [upper_plugin.transform]))
print(upper_plugin.describe())
print(engine.__name__, engine.__package__, upper_plugin.__package__)
