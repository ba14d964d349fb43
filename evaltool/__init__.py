"""evaltool: workbench for third-party performance evaluations of public projects."""

__version__ = "0.1.0"
