PREFIX = "[app]"
