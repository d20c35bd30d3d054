def words(text):
    cleaned = ''.join(c.lower() if c.isalnum() else ' ' for c in text)
    return cleaned.split()
