"""Ships the bundled library inside the package.

The scenarios live at the top of the repository (`scenarios/`), where trainers find them; a
wheel (`pip install .`, `pipx install`) carries only the package, so the build copies them
into `drill/_library/`. An editable install reads `scenarios/` in place (`drill.library`).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

LIBRARY = Path(__file__).resolve().parent / "scenarios"


class BuildWithLibrary(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "drill" / "_library"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(LIBRARY.iterdir()):
            if source.suffix in (".yaml", ".json", ".md"):
                shutil.copy2(source, target / source.name)


setup(cmdclass={"build_py": BuildWithLibrary})
