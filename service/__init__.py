"""The local Verdir service: Flask on waitress, safe by default, learning from corrections.

``app.create_app`` builds the application; ``server`` runs it; ``process`` runs it in the
background; ``cli`` holds the ``verdir serve`` and ``verdir service`` commands. See docs/api.md.
"""
