# *args and **kwargs collection and forwarding.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2))
print(collect(a=1, b=2))
print(collect(1, *[2, 3], x=4, **{"y": 5}))
def mix(a, b=0, *rest, key=None, **extra):
    print(f"a={a} b={b} rest={rest} key={key} extra={extra}")
mix(1)
mix(1, 2, 3, 4)
mix(1, key="k", other=True)
mix(*range(5), **{"key": 0, "z": 1})
def forward(*args, **kwargs):
    return mix(*args, **kwargs)
forward(9, 8, key="fw")
def total(*nums):
    return sum(nums)
print(total(), total(1), total(*range(101)))
def kwonly_order(**kw):
    return list(kw)
print(kwonly_order(z=1, a=2, m=3))
args = (1,)
print(type(collect(*args)[0]).__name__, type(collect(**{})[1]).__name__)
def modify(*args):
    args = args + (99,)
    return args
print(modify(1, 2))
