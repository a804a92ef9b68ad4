"""Tandem: prior consultation, no surprises and pacing for a working group of allied governments."""

__version__ = "0.1.0"
