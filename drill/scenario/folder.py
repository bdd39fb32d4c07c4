"""A drill split into a folder: `drill.yaml` plus `injects/*.yaml`, for authors who prefer one
file per inject to one 150 KB file.

The folder is one scenario: drill.yaml's own `injects` (if any) come first, then each file of
injects/ in name order, each holding one inject (a mapping) or a list of them. The parts are
grafted into one `Located`, every node keeping the file it was written in, so the model, the
lint and every diagnostic are those of the one-file form, pointing at the right file.

`split` and `join` convert between the forms as text, line by line, so comments, quoting and
layout survive both ways; the result is checked to load to the same model.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from drill.scenario.diagnostics import Diagnostic, ScenarioError
from drill.scenario.files import DRILL_FILE, INJECTS_DIR, parts
from drill.scenario.load import Loaded, Located, load_located, parse_yaml, read_file
from drill.scenario.model import Scenario


def load_folder(folder: Path) -> Loaded:
    """Load a drill folder as one scenario; diagnostics name the file each problem is in."""
    main = folder / DRILL_FILE
    if not main.is_file():
        raise ScenarioError([Diagnostic(str(folder), 1, 1, "D104", f"a drill folder needs its {DRILL_FILE} (and injects/*.yaml): none here")])
    digest = hashlib.sha256()
    located, problems = None, []
    for i, part in enumerate(parts(folder)):
        raw = read_file(part)
        digest.update(f"{part.relative_to(folder).as_posix()}\0{len(raw)}\0".encode() + raw)
        try:
            sub = parse_yaml(raw, str(part), lists=i > 0)
        except ScenarioError as exc:
            problems += exc.diagnostics
            continue
        if i == 0:
            located = sub
            continue
        if located is None:
            continue  # drill.yaml does not parse: its diagnostics come first, the parts' still count
        injects = located.data.setdefault("injects", [])
        if not isinstance(injects, list):
            continue  # drill.yaml's own `injects` is not a list: validation says so there
        items = list(enumerate(sub.data)) if isinstance(sub.data, list) else [(None, sub.data)]
        for j, item in items:
            root = () if j is None else (j,)
            at = ("injects", len(injects))
            injects.append(item)
            located.graft(at, sub, root)
            located.files[at] = str(part)
    if problems or located is None:
        raise ScenarioError(problems)
    return load_located(located, str(folder), digest.hexdigest()[:16])


# ------------------------------------------------------------------ converting, as text


class ConvertError(Exception):
    """Why a drill cannot be split or joined, in one line."""


def _comment_or_blank(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _top_level_lines(text: str, name: str) -> tuple[list[str], dict[str, int], Located]:
    located = parse_yaml(text.encode("utf-8"), name)
    lines = text.splitlines(keepends=True)
    keys = {k: located.key_marks[(k,)][0] - 1 for k in located.data}
    return lines, keys, located


def _block_end(lines: list[str], keys: dict[str, int], key: str) -> int:
    """The line after a top-level key's block and the blank lines just after it; the comments
    at column 0 just before the next key stay with that key."""
    after = [n for n in keys.values() if n > keys[key]]
    end = min(after) if after else len(lines)
    while after and end > keys[key] + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    while end < len(lines) and not lines[end].strip():
        end += 1
    return end


def split(text: str, name: str) -> tuple[str, list[tuple[str, str]]]:
    """A one-file drill → drill.yaml's text and (file name, text) for each inject."""
    lines, keys, located = _top_level_lines(text, name)
    injects = located.data.get("injects")
    if not isinstance(injects, list) or not injects:
        raise ConvertError(f"{name}: no list of injects to split")
    key_line = keys["injects"]
    starts = [located.marks[("injects", i)][0] - 1 for i in range(len(injects))]
    if starts[0] <= key_line or any(not lines[s].lstrip().startswith("- ") for s in starts):
        raise ConvertError(f"{name}:{key_line + 1}: injects are not a block list ('- ' per inject): run `drill fmt` on the file first")
    end = _block_end(lines, keys, "injects")
    cuts = [key_line + 1] + starts[1:] + [end]
    for k in range(1, len(cuts) - 1):  # comments just above an inject go with it
        while cuts[k] - 1 > starts[k - 1] and _comment_or_blank(lines[cuts[k] - 1]):
            cuts[k] -= 1
    width = max(2, len(str(len(injects))))
    files = []
    for i, inject in enumerate(injects):
        indent = len(lines[starts[i]]) - len(lines[starts[i]].lstrip())
        chunk = [ln[min(indent, len(ln) - len(ln.lstrip(" "))):] for ln in lines[cuts[i] : cuts[i + 1]]]
        body = "".join(chunk).strip("\n") + "\n"
        files.append((f"{i + 1:0{width}d}-{inject.get('id', 'inject') if isinstance(inject, dict) else 'inject'}.yaml", body))
    head = lines[:key_line] + lines[end:]
    return "".join(head), files


def join(main: str, injects: list[tuple[str, str]], name: str) -> str:
    """drill.yaml's text and each inject file's text → one drill, the injects under `injects:`
    (after drill.yaml's own, if it has some), in the place the format's key order gives them,
    a blank line between two files' injects."""
    lines, keys, located = _top_level_lines(main, name)
    block: list[str] = []
    for part, text in injects:
        if block:
            block.append("")  # one blank line between injects
        data = parse_yaml(text.encode("utf-8"), part, lists=True).data
        body = text.rstrip("\n").split("\n")
        if isinstance(data, list):
            block += [("  " + ln if ln.strip() else "") for ln in body]
        else:
            first = next(i for i, ln in enumerate(body) if not _comment_or_blank(ln))
            block += [("  " + ln if ln.strip() else "") for ln in body[:first]]
            block += ["  - " + body[first]] + [("    " + ln if ln.strip() else "") for ln in body[first + 1 :]]
    block = [ln + "\n" for ln in block]
    if "injects" in keys:
        if located.data["injects"] and located.marks[("injects",)][0] - 1 == keys["injects"]:
            raise ConvertError(f"{name}:{keys['injects'] + 1}: drill.yaml's injects are not a block list: run `drill fmt` on it first")
        at = _block_end(lines, keys, "injects")
        if not located.data["injects"]:  # `injects: []`
            lines[keys["injects"]] = "injects:\n"
    else:
        order = list(Scenario.model_fields)
        before = [k for k in keys if k in order and order.index(k) < order.index("injects")]
        at = _block_end(lines, keys, max(before, key=keys.__getitem__)) if before else 0
        block = ["injects:\n", *block]
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
    if at < len(lines) and lines[at].strip():
        block.append("\n")
    return "".join(lines[:at] + block + lines[at:])


def read_parts(folder: Path) -> tuple[str, list[tuple[str, str]]]:
    """drill.yaml's text and each inject file's (name, text)."""
    files = parts(folder)
    return files[0].read_text(encoding="utf-8"), [(str(p), p.read_text(encoding="utf-8")) for p in files[1:]]


def _same_model(one: Path, other: Path) -> None:
    """Refuse a conversion whose result does not load to the model its source loads to."""
    from drill.scenario.load import load

    try:
        same = load(one).scenario == load(other).scenario
    except ScenarioError as exc:
        raise ConvertError(f"{exc.diagnostics[0]} (after converting {one})") from None
    if not same:
        raise ConvertError(f"{other} does not load to the same drill as {one}: please report this, with the file")


def split_file(source: Path, folder: Path, force: bool = False) -> list[Path]:
    """Write a one-file drill as a drill folder; the files written."""
    from drill.scenario.load import load

    load(source)  # a drill that does not load is fixed first; its diagnostics say where
    if folder.exists() and any(folder.iterdir()) and not force:
        raise ConvertError(f"{folder} exists and is not empty: choose another folder with -o, or --force")
    main, injects = split(source.read_text(encoding="utf-8"), str(source))
    (folder / INJECTS_DIR).mkdir(parents=True, exist_ok=True)
    for old in parts(folder)[1:]:
        old.unlink()
    written = [folder / DRILL_FILE, *(folder / INJECTS_DIR / name for name, _ in injects)]
    for path, text in zip(written, [main, *(text for _, text in injects)], strict=True):
        path.write_text(text, encoding="utf-8")
    _same_model(source, folder)
    return written


def join_folder(folder: Path, target: Path, force: bool = False) -> None:
    """Write a drill folder as one file."""
    from drill.scenario.load import load

    load(folder)
    if target.exists() and not force:
        raise ConvertError(f"{target} exists: choose another file with -o, or --force")
    target.write_text(join(*read_parts(folder), str(folder / DRILL_FILE)), encoding="utf-8")
    _same_model(folder, target)


def one_file_text(path: Path) -> str:
    """A drill's text as one file (a folder's parts joined): what a host sends its seats."""
    if path.is_dir():
        return join(*read_parts(path), str(path / DRILL_FILE))
    return path.read_text(encoding="utf-8")
