"""The PySide6 desktop interface. The only package that imports Qt.

PySide6 is pinned below 6.12: 6.12.0 on Python 3.11 loses a reference to ``None`` on
every call of a void C++ method and aborts the interpreter after a few thousand calls
(``tests/ui/test_qt_runtime.py`` guards against it coming back).
"""
