"""The ground floor: what every other package may use, and which imports nothing of ours.

Holds the typed errors of the core, Vietnam time, numbers as a shop owner
reads them, the words the app recognises in what people type, the texts of the
core (``base.texts``), helpers for work over whole columns, the app folder and OS
file locks, the sanitiser for text from the network and the redactor for secrets.

May import: the standard library and third-party packages only.
"""
