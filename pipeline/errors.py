"""One error type for bad input: it names the file, the place, the problem and the fix."""

from __future__ import annotations


class BackchannelError(Exception):
    """Bad input. The CLI prints it to stderr and exits with ``exit_code``."""

    exit_code = 2

    def __init__(self, file: str, problem: str, fix: str, place: str | None = None):
        self.file = str(file)
        self.place = place
        self.problem = problem
        self.fix = fix
        where = f"{self.file}:{place}" if place else self.file
        super().__init__(f"{where}: {problem}\n  fix: {fix}")

    def __reduce__(self):
        # picklable, so that a worker process can hand the error back to the parent
        return (self.__class__, (self.file, self.problem, self.fix, self.place))


class ValidationFailed(BackchannelError):
    """Tables broke the data contract (critical checks)."""

    exit_code = 1
