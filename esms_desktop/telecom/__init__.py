"""Phone numbers, carriers and SMS text: the facts of Vietnam's mobile networks.

Holds the carriers and their prefixes, the reading of a typed phone number
into one eSMS-ready number, and GSM-7/Unicode text with its part count.

May import: ``base``.
"""
