"""``python -m verdir`` runs the ``verdir`` command (used by tests and benchmarks)."""

from verdir.cli import main

if __name__ == "__main__":
    main()
