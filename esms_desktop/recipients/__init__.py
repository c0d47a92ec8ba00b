"""Recipients: the rows of a customer list, each in exactly one state.

Holds the recipient list (ready, rejected, duplicate, blocked), segments (rows
matching conditions on their own columns) and consent to advertising.

May import: ``base``, ``telecom``, ``api``, ``importing``, ``catalogue``.
"""
