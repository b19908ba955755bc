"""The speaker registry shipped in data/ (quotes/data in the wheel)."""

import json
import shutil

import pytest

from quotes.registry import RegistryError, Role, default_registry, load_registry, registry_path

SEED_SPEAKERS = [
    "Ismail Demir",
    "Mevlut Cavusoglu",
    "Recep Tayyip Erdogan",
    "Mike Pompeo",
    "Jonathan Hoffman",
    "Turkish Foreign Ministry",
]


@pytest.mark.parametrize("name", SEED_SPEAKERS)
def test_the_seeds_speakers_are_registered(name):
    assert default_registry().lookup(name).name == name


def test_lookup_by_alias_with_accents_and_case():
    reg = default_registry()
    assert reg.lookup("Michael Pompeo").name == "Mike Pompeo"
    assert reg.lookup("İSMAİL DEMİR").name == "Ismail Demir"
    assert reg.lookup("Mevlüt Çavuşoğlu").name == "Mevlut Cavusoglu"
    assert reg.lookup("Recep Tayyip Erdoğan").name == "Recep Tayyip Erdogan"
    assert reg.lookup("Nobody In Particular") is None


def test_kinds_and_roles_with_years():
    reg = default_registry()
    assert reg.lookup("Turkish Foreign Ministry").kind == "organisation"
    pompeo = reg.lookup("Mike Pompeo")
    assert pompeo.kind == "person"
    secretary = next(r for r in pompeo.roles if "Secretary of State" in r.title)
    assert secretary.held_in(2020) and not secretary.held_in(2016)
    assert Role("President", 2014).held_in(2030)


def test_election_2016_figures_are_registered():
    reg = default_registry()
    for name in ("Donald Trump", "Hillary Clinton", "Bernie Sanders", "Ted Cruz", "Marco Rubio", "Barack Obama", "Tim Kaine", "Mike Pence"):
        assert reg.lookup(name) is not None, name


def test_unique_family_names_find_one_person():
    reg = default_registry()
    assert [s.name for s in reg.by_surname("Demir")] == ["Ismail Demir"]
    assert len(reg.by_surname("Clinton")) > 1  # Hillary, Bill, Chelsea: ambiguous


def test_registry_is_found_in_the_checkout_and_in_a_wheel_layout(tmp_path):
    shipped = registry_path()
    assert shipped.name == "speakers.json" and shipped.parent.name == "data"
    # A wheel: force-include puts data/ inside the package as quotes/data.
    package = tmp_path / "site-packages" / "quotes"
    (package / "data").mkdir(parents=True)
    shutil.copy(shipped, package / "data" / "speakers.json")
    assert registry_path(package) == package / "data" / "speakers.json"
    # An editable checkout: data/ next to the package.
    checkout = tmp_path / "repo"
    (checkout / "quotes").mkdir(parents=True)
    (checkout / "data").mkdir()
    shutil.copy(shipped, checkout / "data" / "speakers.json")
    assert registry_path(checkout / "quotes") == checkout / "data" / "speakers.json"
    with pytest.raises(RegistryError, match="speakers.json not found"):
        registry_path(tmp_path / "elsewhere" / "quotes")


def test_every_shipped_entry_is_well_formed():
    data = json.loads(registry_path().read_text(encoding="utf-8"))
    names = [e["name"] for e in data]
    assert len(names) == len(set(names))
    assert len(load_registry()) == len(data)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"name": "x"}', "expected a JSON list"),
        ('[{"kind": "person"}]', "non-empty string 'name'"),
        ('[{"name": "X", "kind": "robot"}]', "kind must be one of"),
        ('[{"name": "X", "roles": [{"title": "Mayor", "from": "2010"}]}]', "role years must be integers"),
        ('[{"name": "X", "aliases": "Y"}]', "aliases must be a list"),
    ],
)
def test_malformed_registry_files_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "speakers.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError, match=message):
        load_registry(path)


def test_missing_registry_file_is_a_clear_error(tmp_path):
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "absent.json")
