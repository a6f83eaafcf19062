"""Engine and store objects as the JSON the API returns (French field names)."""

from __future__ import annotations

from collections.abc import Mapping

from verdir.engine.lines import BudgetLine, Classification
from verdir.frameworks import KIND_RATINGS, Framework, FrameworkResult
from verdir.service.store import StoredCorrection, StoredFrameworkCorrection, StoredRule

LINE_FIELDS = ("libelle", "chapitre", "nature", "fonction", "service", "mission")


def shares_json(shares: Mapping[int, int]) -> dict[str, int]:
    """{4: 85, 11: 15} -> {"4": 85, "11": 15}, largest first (key order is kept in the JSON)."""
    return {str(goal): int(value) for goal, value in shares.items()}


def classification_json(result: Classification) -> dict[str, object]:
    return {
        "odd": shares_json(result.shares),
        "principal": result.main,
        "confiance": round(float(result.confidence), 3),
        "explication": result.explanation,
        "sigles_inconnus": list(result.unknown_acronyms),
        "source": result.source,
    }


def line_json(line: BudgetLine) -> dict[str, str]:
    return {name: getattr(line, name) or "" for name in LINE_FIELDS}


def correction_json(stored: StoredCorrection) -> dict[str, object]:
    return {"id": stored.id, **line_json(stored.line), "odd": shares_json(stored.shares),
            "created_at": stored.created_at, "updated_at": stored.updated_at}


def rule_json(stored: StoredRule) -> dict[str, object]:
    rule = stored.rule
    return {"id": rule.id, "colonne": rule.column, "valeur": rule.value, "correspondance": rule.mode,
            "odd": shares_json(rule.shares), "created_at": stored.created_at}


def framework_result_json(framework: Framework, result: FrameworkResult) -> dict[str, object]:
    """One line under a non-ODD framework: ``valeurs`` by value column, then the summary."""
    answer: dict[str, object] = {
        "valeurs": dict(result.values),
        "principal": result.main,
        "confiance": round(float(result.confidence), 3),
        "explication": result.explanation,
        "source": result.source,
    }
    if framework.kind == KIND_RATINGS:
        answer["synthese"] = result.synthesis
    return answer


def framework_correction_json(stored: StoredFrameworkCorrection) -> dict[str, object]:
    return {"id": stored.id, "framework": stored.framework, **line_json(stored.line),
            "valeurs": dict(stored.values), "created_at": stored.created_at,
            "updated_at": stored.updated_at}
