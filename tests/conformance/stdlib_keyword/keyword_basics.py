import keyword
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("x"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
