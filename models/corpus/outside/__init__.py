"""Labelled lines of other authorities, written for the project apart from the generated parts.

Each ``probe*.csv`` was written by people who saw neither the corpus nor Verdir, only the
codebook and the M57 tables; sets 1 to 16 first measured Verdir on authorities it had never
seen, then joined its training data, and later sets were written for it
(``benchmarks/cv_outside_sets.py`` measures each half of them with a head trained without it).
Held-out sets stay in ``benchmarks/``, and so do lines set in Paris, whose dev lines must stay
a city Verdir has never learnt.
"""
