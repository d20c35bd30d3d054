__all__ = ["strings", "numbers"]
hidden = "not in __all__"
