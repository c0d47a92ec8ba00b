"""What ``--convert-text`` may be given: the old Vietnamese encodings the reader knows.

Apart from :mod:`esms_desktop.importing.legacy_text` (its tables take a while to
build) so that the command line can offer the choices without building them.
"""

CHOICES = ("auto", "vni", "tcvn3", "mojibake", "none")
