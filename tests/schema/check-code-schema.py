#!/usr/bin/python3
"""Checks docs/code-format.schema.json with Debian's python3-jsonschema: the schema is up to date
with the questionnaire, the shipped codes and the example are valid, and broken files are not.

    tests/schema/check-code-schema.py SOURCE_DIR
"""

import copy
import json
import subprocess
import sys
from pathlib import Path

import jsonschema

root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent.parent)
schema = json.loads((root / "docs/code-format.schema.json").read_text(encoding="utf-8"))
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)
failures = []

if subprocess.run([sys.executable, str(root / "scripts/make-code-schema"), "--check"]).returncode != 0:
    failures.append("the schema is not what scripts/make-code-schema makes of the questionnaire")

valid = ["resources/codes/dunamare.json", "resources/codes/mondia.json", "docs/examples/voorbeeldschool.json",
         "tests/data/codes/concept-nl-only.json"]
for name in valid:
    errors = list(validator.iter_errors(json.loads((root / name).read_text(encoding="utf-8"))))
    for error in errors[:5]:
        failures.append(f"{name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
example = json.loads((root / "docs/examples/voorbeeldschool.json").read_text(encoding="utf-8"))


def changed(change):
    code = copy.deepcopy(example)
    change(code)
    return code


def setter(*path_and_value):
    *path, key, value = path_and_value

    def change(code):
        target = code
        for step in path:
            target = target[step]
        target[key] = value
    return change


def remover(*path):
    *path, key = path

    def change(code):
        target = code
        for step in path:
            target = target[step]
        del target[key]
    return change


# Notes and a $schema are allowed where the loader takes them.
allowed = {
    "a $schema key": setter("$schema", "../code-format.schema.json"),
    "notes on the code": setter("notes", ["first line", "second line"]),
    "a note on an article": setter("articles", 0, "notes", "taken from the 2024 text"),
    "a note on a rule": setter("rules", 0, "notes", "agreed with the board"),
    "a note on a contact": setter("contacts", 0, "notes", "the team leader of the pupil"),
    "a note on a draft": setter("drafts", 0, "notes", ["checked"]),
    "a note on a case": setter("cases", 0, "notes", "from a real question"),
    "a text without English": setter("title", {"nl": "Alleen Nederlands"}),
    "a concept without a date": lambda code: (code.pop("adopted"), code.update(status="concept")),
    "an adopted code": setter("status", "vastgesteld"),
    "a partial article": setter("articles", 0, "partial", True),
    "advice marked as the school's reading": setter("rules", 0, "schoolReading", True),
    "an exception to another rule": setter("rules", 1, "exceptionTo", "prive"),
    "a question's help without English": setter("questions", "consent", "help", {"nl": "Alleen Nederlands"}),
    "a note on a question's help": setter("questions", "consent", "notes", ["checked", "with the board"]),
    "help for another question": setter("questions", "content", {"help": {"nl": "Kies wat erin zit."}}),
}
# Each of these is refused by the loader, and must be by the schema.
broken = {
    "no format": remover("format"),
    "an unknown key": setter("colour", "red"),
    "an unknown key in a rule": setter("rules", 0, "verdcit", "go"),
    "an unknown verdict": setter("rules", 0, "verdict", "maybe"),
    "an unknown question": setter("rules", 0, "when", {"question": "contents", "has": "pupil_images"}),
    "an unknown option": setter("rules", 0, "when", {"question": "activity", "is": "publsh"}),
    "is on a several-option question": setter("rules", 0, "when", {"question": "content", "is": "pupil_images"}),
    "has on a one-option question": setter("rules", 0, "when", {"question": "activity", "has": "publish"}),
    "two tests in one condition": setter("rules", 0, "when", {"question": "activity", "is": "publish",
                                                              "asked": True}),
    "false as a condition": setter("rules", 0, "when", False),
    "a rule without articles": setter("rules", 0, "articles", []),
    "a text without Dutch": setter("title", {"en": "English only"}),
    "an unknown status": setter("status", "draft"),
    "an adopted code without its date": remover("adopted"),
    "partial that is not true or false": setter("articles", 0, "partial", "ja"),
    "a school's reading that is not true or false": setter("rules", 0, "schoolReading", "ja"),
    "an exception that names no rule": setter("rules", 0, "exceptionTo", 7),
    "a date that is not YYYY-MM-DD": setter("adopted", "1 mei 2024"),
    "notes as a number": setter("notes", 3),
    "a note that is not a string": setter("articles", 0, "notes", ["ok", 4]),
    "$schema as a number": setter("$schema", 1),
    "an unknown case answer option": setter("cases", 0, "answers", "activity", "blog"),
    "a case expecting an unknown verdict": setter("cases", 0, "expect", "verdict", "perhaps"),
    "help for an unknown question": setter("questions", "consnet", {"help": {"nl": "x", "en": "y"}}),
    "an unknown key in a question's help": setter("questions", "consent", "hulp", {"nl": "x"}),
    "a question's help as a string": setter("questions", "consent", "help", "Vraag het de ouders."),
    "a question without its help": remover("questions", "consent", "help"),
    "questions as an array": setter("questions", [{"consent": {"help": {"nl": "x"}}}]),
    "a line with a subject": lambda code: code["drafts"].append(
        dict(code["drafts"][0], id="regel", kind="line")),
}
# Files the loader refuses for a reason the schema can see too.
refused_files = ["unknown-key", "unknown-verdict", "unknown-question", "unknown-option", "is-on-several",
                 "missing-dutch", "wrong-type", "bad-date", "draft-unknown-kind", "draft-line-with-subject"]
for name in refused_files:
    if validator.is_valid(json.loads((root / f"tests/data/malformed/{name}.json").read_text(encoding="utf-8"))):
        failures.append(f"tests/data/malformed/{name}.json: accepted, but the loader refuses it")

for name, change in allowed.items():
    errors = list(validator.iter_errors(changed(change)))
    if errors:
        failures.append(f"{name}: refused: {errors[0].message}")
for name, change in broken.items():
    if validator.is_valid(changed(change)):
        failures.append(f"{name}: accepted, but the loader refuses it")

for failure in failures:
    print(failure, file=sys.stderr)
print(f"{len(valid)} files valid, {len(allowed)} allowed changes accepted, "
      f"{len(broken) + len(refused_files)} broken files refused"
      if not failures else f"{len(failures)} problem(s)")
sys.exit(1 if failures else 0)
