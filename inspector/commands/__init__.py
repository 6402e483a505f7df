"""Sub-commands of the ``inspector`` command line, one module each."""
