# Module globals are shared state; "from m import x" copies the binding at import time.
import state
from state import counter, items
import worker

worker.work(3)
print("state.counter:", state.counter, "| imported copy:", counter)
print("state.items:", state.items, "| same list object:", items is state.items)
state.counter = 50
worker.work(1)
print(state.counter)
state.items = ["replaced"]
print(items, state.items)
print(worker.report())
