"""factcheck: a workbench for checking the factual claims of an article."""

__version__ = "0.1.0"
