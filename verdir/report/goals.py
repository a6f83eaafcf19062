"""The 17 Sustainable Development Goals as Verdir shows them: French names and UN colours."""

from __future__ import annotations

GOALS: tuple[int, ...] = tuple(range(1, 18))

# Official short titles of the goals in French (United Nations).
GOAL_NAMES: dict[int, str] = {
    1: "Pas de pauvreté",
    2: "Faim « zéro »",
    3: "Bonne santé et bien-être",
    4: "Éducation de qualité",
    5: "Égalité entre les sexes",
    6: "Eau propre et assainissement",
    7: "Énergie propre et d'un coût abordable",
    8: "Travail décent et croissance économique",
    9: "Industrie, innovation et infrastructure",
    10: "Inégalités réduites",
    11: "Villes et communautés durables",
    12: "Consommation et production responsables",
    13: "Lutte contre les changements climatiques",
    14: "Vie aquatique",
    15: "Vie terrestre",
    16: "Paix, justice et institutions efficaces",
    17: "Partenariats pour la réalisation des objectifs",
}

# Official colours of the goals (UN communication guidelines), as RRGGBB.
GOAL_COLOURS: dict[int, str] = {
    1: "E5243B", 2: "DDA63A", 3: "4C9F38", 4: "C5192D", 5: "FF3A21", 6: "26BDE2",
    7: "FCC30B", 8: "A21942", 9: "FD6925", 10: "DD1367", 11: "FD9D24", 12: "BF8B2E",
    13: "3F7E44", 14: "0A97D9", 15: "56C02B", 16: "00689D", 17: "19486A",
}

DARK_TEXT = "1A1A1A"
LIGHT_TEXT = "FFFFFF"


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two RRGGBB colours."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour(goal: int) -> str:
    """White or near-black, whichever reads better on the goal's colour."""
    background = GOAL_COLOURS[goal]
    if contrast(LIGHT_TEXT, background) >= contrast(DARK_TEXT, background):
        return LIGHT_TEXT
    return DARK_TEXT


def goal_label(goal: int) -> str:
    """'ODD 4 – Éducation de qualité'."""
    return f"ODD {goal} – {GOAL_NAMES[goal]}"
