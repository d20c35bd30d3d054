# NotImplementedError raised by an abstract method that a subclass forgot to override.
class Exporter:
    def export(self, data):
        return self.header() + "\n" + self.body(data)
    def header(self):
        return "# export"
    def body(self, data):
        raise NotImplementedError("subclasses must implement body()")

class CsvExporter(Exporter):
    def body(self, data):
        return "\n".join(",".join(map(str, row)) for row in data)

class JsonExporter(Exporter):
    pass

print(CsvExporter().export([[1, 2], [3, 4]]))
print(JsonExporter().export([[1]]))
