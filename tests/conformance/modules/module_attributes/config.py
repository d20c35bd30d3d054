"""Configuration module."""
DEBUG = False


def show():
    return f"DEBUG={DEBUG} NEW_SETTING={globals().get('NEW_SETTING')}"
