"""The performance suite: ``python -m bench`` measures quotes against its targets.

Each family of benchmarks lives in its own module and returns ``Row`` objects;
``__main__`` runs the families, prints the table and writes BENCHMARKS.md.
A family whose component is missing reports "n/a" with the reason.
"""
