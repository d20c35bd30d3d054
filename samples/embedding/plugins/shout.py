def run(text: str) -> str:
    print("shout plugin called")          # captured by the host, not the console
    return text.upper() + "!"
