"""The Qt window. Everything here observes the core; it computes nothing itself.

May import: Qt and ``app`` and everything below it; the only package that imports Qt.
"""
