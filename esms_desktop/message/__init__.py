"""What is sent: the campaign spec, the text and its placeholders, templates, send times.

Holds the campaign spec with its ``Channel``, content filled per row, customer-care
template matching, Zalo (ZNS) parameter values and per-row send times.

May import: ``base``, ``telecom``, ``api``, ``importing``, ``catalogue``, ``recipients``.
"""
