"""``python -m generator answers``: recorded answers of the live API held against the spec.

Its own half of the generator, like the client's: it reads a written spec and recordings, never
the stages that built the spec. ``recordings`` streams exchanges out of HAR files and cassettes,
``secrets`` keeps credentials out of everything printed or written, ``match`` finds each
exchange's operation, ``check`` lists what the spec refuses, ``corrections`` writes the overlay,
``command`` prints the report.
"""
