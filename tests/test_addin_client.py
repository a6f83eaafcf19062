"""The add-in's HTTP client: unreachable service, one automatic start, token; then the real service.

No fake HTTP server here: what the service answers is tested against the real one
(``python -m verdir.service.server``), skipped with a reason while that module does not exist.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from verdir.addin import buttons, client
from verdir.addin.client import Client, ServiceError, ServiceUnavailable
from verdir.addin.memory_workbook import MemoryWorkbook
from verdir.columns import OUTPUT_COLUMNS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_service_is_started_once_then_reported_in_french():
    calls: list[int] = []

    def starter() -> tuple[int, str]:
        calls.append(1)
        return 1, "Erreur : modèle introuvable"

    service = Client(f"http://127.0.0.1:{free_port()}", token="t", starter=starter)
    with pytest.raises(ServiceUnavailable) as raised:
        service.ensure_running()
    message = str(raised.value)
    assert "ne répond pas" in message and "même après une tentative de démarrage" in message
    assert "modèle introuvable" in message and "verdir service start" in message
    assert calls == [1]
    with pytest.raises(ServiceUnavailable):
        service.ensure_running()
    assert calls == [1]  # never twice in one button press


def test_start_progress_is_shown_on_the_status_bar():
    texts: list[str] = []
    service = Client(f"http://127.0.0.1:{free_port()}", starter=lambda: (0, ""))
    with pytest.raises(ServiceUnavailable):
        service.ensure_running(on_start=texts.append)
    assert texts == ["Verdir : démarrage du service local…"]


def test_button_with_service_down_shows_one_message():
    book = MemoryWorkbook(["Budget"])
    book.set_rows("Budget", [["Libellé", "Montant"], ["Cantine scolaire", 10.0]])
    book.select("Budget", 2, 1)
    service = Client(f"http://127.0.0.1:{free_port()}", token="t", starter=lambda: (1, "pas de modèle"))
    buttons.classer_selection(book, service)
    assert len(book.alerts) == 1 and book.alerts[0][2]
    assert "Le service Verdir ne répond pas" in book.alerts[0][1]
    assert book.screen_updating and book.calculation == "automatic"


def test_token_from_environment_then_from_the_state_folder(monkeypatch: pytest.MonkeyPatch,
                                                           user_folders: Path):
    monkeypatch.delenv("VERDIR_TOKEN", raising=False)
    assert client.read_token() is None
    token_file = Path(os.environ["VERDIR_HOME"]) / "token"
    token_file.parent.mkdir(parents=True, exist_ok=True)
    token_file.write_text("abc123\n", encoding="utf-8")
    assert client.read_token() == "abc123"
    monkeypatch.setenv("VERDIR_TOKEN", "from-env")
    assert client.read_token() == "from-env"


def test_service_url_from_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("VERDIR_URL", raising=False)
    monkeypatch.delenv("VERDIR_PORT", raising=False)
    assert client.service_url() == "http://127.0.0.1:8765"
    monkeypatch.setenv("VERDIR_PORT", "9001")
    assert client.service_url() == "http://127.0.0.1:9001"


def test_start_command_runs_verdir_service_start_with_this_interpreter():
    command = client.start_command()
    assert command[0] == sys.executable and command[1] == "-c"
    assert "cli.main(['service', 'start'" in command[2] and "from verdir.cli import cli" in command[2]


def test_add_in_path_imports_no_heavy_module():
    code = ("import sys; import verdir.addin.buttons, verdir.addin.client, verdir.addin.actions; "
            "heavy = {'pandas', 'numpy', 'flask', 'ctranslate2', 'requests', 'xlwings', 'sklearn'}; "
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


# ------------------------------------------------------------------------------ real service
@pytest.fixture(scope="module")
def real_service(tmp_path_factory: pytest.TempPathFactory, trained_model_folder: Path):
    if importlib.util.find_spec("verdir.service.server") is None:
        pytest.skip("le service local (issue 4) n'est pas encore livré : module verdir.service.server absent")
    port = free_port()
    home = tmp_path_factory.mktemp("service-home")
    env = {**os.environ, "VERDIR_HOME": str(home / "state"), "VERDIR_CACHE_DIR": str(home / "cache"),
           "VERDIR_TOKEN": "jeton-de-test-du-complement-excel"}
    log = (home / "service.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "verdir.service.server", "--port", str(port)],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    service = Client(f"http://127.0.0.1:{port}", token="jeton-de-test-du-complement-excel", starter=None)
    deadline = time.monotonic() + 120
    while not service.is_running():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"le service n'a pas démarré : {(home / 'service.log').read_text()[-2000:]}")
        time.sleep(0.2)
    yield service
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


def test_real_service_refuses_a_wrong_token_with_a_french_message(real_service: Client):
    intruder = Client(real_service.base_url, token="mauvais", starter=None)
    with pytest.raises(ServiceError, match="jeton"):
        intruder.classify([{"libelle": "Cantine", "chapitre": "", "nature": "", "fonction": "",
                            "service": "", "montant": None}])


def test_real_service_end_to_end_classify_correct_reclassify(real_service: Client):
    book = MemoryWorkbook(["Budget"])
    book.set_rows("Budget", [
        ["Libellé", "Fonction", "Direction", "Montant"],
        ["Rénovation énergétique du groupe scolaire Jean Jaurès", "212", "Patrimoine", 250000.0],
        ["Subvention au club de football", "32", "Sports", 12000.0],
        ["Entretien des espaces verts", "823", "Espaces verts", 40000.0],
    ])
    book.select("Budget", 2, 1)
    buttons.classer_selection(book, real_service)
    assert len(book.alerts) == 1 and not book.alerts[0][2], book.alerts
    assert book.row_values("Budget", 1, 5, 21) == list(OUTPUT_COLUMNS)
    for row in (2, 3, 4):
        shares = book.row_values("Budget", row, 5, 17)
        assert sum(v or 0 for v in shares) == pytest.approx(100)
        assert 1 <= book.value("Budget", row, 22) <= 17

    current = book.row_values("Budget", 4, 5, 17)
    goal = next(g for g in (15, 11, 6, 13) if not current[g - 1])  # a goal Verdir did not give
    corrected = [None] * 17
    corrected[goal - 1] = 100
    book.set_rows("Budget", [corrected], 4, 5)
    book.alerts.clear()
    buttons.enregistrer_corrections(book, real_service)
    assert len(book.alerts) == 1 and "1 correction(s) enregistrée(s)" in book.alerts[0][1], book.alerts

    book.select("Budget", 4, 1)
    book.alerts.clear()
    start = time.perf_counter()
    buttons.reclasser_ligne(book, real_service)
    assert time.perf_counter() - start < 1.0
    assert book.alerts == []
    assert book.value("Budget", 4, 4 + goal) == 100  # the correction comes back
    assert book.value("Budget", 4, 22) == goal


def test_real_service_group_rule_and_glossary(real_service: Client):
    book = MemoryWorkbook(["Budget"])
    book.set_rows("Budget", [
        ["Libellé", "Fonction", "Montant"],
        ["Fournitures scolaires", "213", 1000.0],
        ["Transport scolaire", "213", 2000.0],
        ["Éclairage public", "814", 3000.0],
    ])
    book.select("Budget", 2, 1)
    buttons.classer_selection(book, real_service)
    book.set_rows("Budget", [[None] * 17], 2, 4)
    book.set_rows("Budget", [[100]], 2, 4 + 3)  # ODD 4 100 %
    book.select("Budget", 2, 2)
    book.answers = [True]
    book.alerts.clear()
    buttons.appliquer_au_groupe(book, real_service)
    assert len(book.alerts) == 1 and "sur 2 du groupe « Fonction = 213 »" in book.alerts[0][1], book.alerts
    book.set_rows("Glossaire", [["Sigle", "Signification"], ["PRE", "programme de réussite éducative"]])
    book.alerts.clear()
    buttons.glossaire(book, real_service)
    assert len(book.alerts) == 1 and "1 sigle(s) envoyé(s)" in book.alerts[0][1], book.alerts
    # the rule now decides new lines of the group on the service side
    answer = real_service.classify([{"libelle": "Sorties pédagogiques", "chapitre": "", "nature": "",
                                     "fonction": "213", "service": "", "montant": None}])
    assert answer[0]["odd"] == {"4": 100} and answer[0]["source"] == "regle"


def test_real_dashboard_of_the_example_budget_equals_verdir_report(real_service: Client, tmp_path: Path):
    from openpyxl import Workbook, load_workbook

    from verdir.report import compute_figures, dashboard_tables, load_table

    source = load_workbook(Path(__file__).parents[1] / "workbook_templates" / "exemple_budget.xlsx",
                           data_only=True)["Budget"]
    book = MemoryWorkbook(["Budget"])
    book.set_rows("Budget", [list(row) for row in source.iter_rows(values_only=True)])
    book.select("Budget", 2, 1)
    buttons.classer_selection(book, real_service)
    assert len(book.alerts) == 1 and not book.alerts[0][2], book.alerts
    book.alerts.clear()
    buttons.tableau_de_bord(book, real_service)
    assert book.alerts == []

    # `verdir report` on the same classified sheet, saved as a file
    last_row, last_column = book.used_extent("Budget")
    saved = Workbook()
    for values in book.read("Budget", 1, 1, last_row, last_column):
        saved.active.append(values)
    saved.save(tmp_path / "classe.xlsx")
    expected = dashboard_tables(compute_figures(load_table(tmp_path / "classe.xlsx")))

    sheet = "Tableau de bord ODD"
    used, _ = book.used_extent(sheet)
    cells = book.read(sheet, 1, 1, used, 19)
    for table in expected:
        header = [column.header for column in table.columns]
        at = next(i for i, row in enumerate(cells) if row[:len(header)] == header
                  and cells[i - 2][0] == table.title)
        shown = [row[:len(header)] for row in cells[at + 1:at + 1 + len(table.rows)]]
        assert shown == [[pytest.approx(v) if isinstance(v, float) else (None if v == "" else v)
                          for v in row] for row in table.rows], table.title
    charts = book.sheets[sheet].charts
    assert [c.title for c in charts] == [t.chart.title for t in expected if t.chart and t.chart.value_columns]
    assert book.active_sheet == sheet


def test_real_auto_start_with_verdir_service_start(monkeypatch: pytest.MonkeyPatch,
                                                    trained_model_folder: Path):
    if importlib.util.find_spec("verdir.service.cli") is None:
        pytest.skip("le service local (issue 4) n'est pas encore livré : module verdir.service.cli absent")
    port = free_port()
    monkeypatch.setenv("VERDIR_PORT", str(port))
    monkeypatch.delenv("VERDIR_TOKEN", raising=False)
    monkeypatch.delenv("VERDIR_URL", raising=False)
    service = Client()
    try:
        health = service.ensure_running()
        assert health["status"] == "ok" and service.start_attempted
        assert service.classify([{"libelle": "Cantine scolaire", "chapitre": "", "nature": "",
                                  "fonction": "", "service": "", "montant": None}])[0]["odd"]
    finally:
        subprocess.run([sys.executable, "-c", "from verdir.service.cli import service; "
                        "service.main(['stop'], prog_name='verdir service')"], timeout=60, check=False)
    assert not service.is_running()
