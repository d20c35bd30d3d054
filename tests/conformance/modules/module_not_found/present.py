VALUE = "present module loaded"
