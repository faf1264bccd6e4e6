"""What is wrong with an import file: line-numbered problems, the first of them kept.

A bad file can have a problem on every one of a million lines. The user
needs the first few to see what is wrong, and the count of the rest, so
:class:`ProblemList` keeps the :data:`MAX_LISTED_PROBLEMS` problems with the
lowest line numbers (in whatever order they are found) and counts the others.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from peerhelper.domain.session import Problem
from peerhelper.errors import BadInputError

MAX_LISTED_PROBLEMS = 50


@dataclass(frozen=True)
class LineProblem:
    """A problem found on a line of the file; line 0 means the file as a whole."""

    line: int
    problem: Problem

    def __str__(self) -> str:
        return f"line {self.line}: {self.problem}" if self.line else str(self.problem)


class SessionImportError(BadInputError):
    """The file was not imported and nothing was changed; ``problems`` says why.

    ``problems`` holds at most :data:`MAX_LISTED_PROBLEMS` of them, by line;
    ``total`` counts them all.
    """

    def __init__(self, problems: list[LineProblem], total: int | None = None) -> None:
        total = len(problems) if total is None else max(total, len(problems))
        heading = (
            f"The file was not imported; nothing was changed. "
            f"{total} problem{'s' if total != 1 else ''}:"
        )
        lines = [heading, *(f"  {p}" for p in problems)]
        if total > len(problems):
            lines.append(f"  and {total - len(problems)} more")
        super().__init__("\n".join(lines))
        self.problems = problems
        self.total = total


class ProblemList:
    """The first :data:`MAX_LISTED_PROBLEMS` problems by line, and how many there are in all."""

    def __init__(self, limit: int = MAX_LISTED_PROBLEMS) -> None:
        self.limit = limit
        self.total = 0
        self._kept: list[tuple[int, int, LineProblem]] = []
        self._order = itertools.count()  # keeps the order of problems found on one line

    def __bool__(self) -> bool:
        return self.total > 0

    def add(self, problem: LineProblem) -> None:
        self.total += 1
        entry = (problem.line, next(self._order), problem)
        if len(self._kept) < self.limit:
            bisect.insort(self._kept, entry, key=lambda e: e[:2])
        elif entry[:2] < self._kept[-1][:2]:
            self._kept.pop()
            bisect.insort(self._kept, entry, key=lambda e: e[:2])

    def listed(self) -> list[LineProblem]:
        return [problem for _, _, problem in self._kept]

    def error(self) -> SessionImportError:
        return SessionImportError(self.listed(), self.total)
