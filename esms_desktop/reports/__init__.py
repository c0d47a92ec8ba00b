"""Campaign reports as .xlsx and .csv: the user's columns plus what happened to each row.

May import: everything below ``app`` (``journal``, ``sending``, ``checks``, ...).
"""
