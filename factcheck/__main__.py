"""``python -m factcheck``: the same as the ``factcheck`` command."""

from factcheck.cli import main

# Guarded: a batch fetch reads pages in worker processes, which import the main module.
if __name__ == "__main__":
    main()
