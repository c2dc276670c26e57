"""Reference data (pipeline/reference/*.yaml) and its loader (pipeline/lexicon.py)."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from pipeline import lexicon as L
from pipeline.lexicon import (Actors, Cues, LexiconError, Person, Place,
                              PlacesFile, State, fold_key, load_actors,
                              load_cues, load_places)

REF = Path(L.__file__).resolve().parent / "reference"


# ---------------------------------------------------------------------------
# the shipped files load and validate
# ---------------------------------------------------------------------------
def test_files_load():
    a = load_actors()
    assert len(a.states) >= 40 and len(a.persons) >= 80 and len(a.organizations) >= 10
    assert len(load_places()) >= 45
    c = load_cues()
    assert c.format_indirect.ar and c.format_indirect.fa


def test_loader_is_cached():
    assert load_actors() is load_actors()
    assert load_cues() is load_cues()


def test_required_states_present():
    ids = {s.actor_id for s in load_actors().states}
    for code in ("IRN", "USA", "OMN", "QAT", "CHE", "IRQ", "DZA", "NOR", "ARE", "SAU", "EGY",
                 "JPN", "VAT", "ISR", "GBR", "FRA", "DEU", "RUS", "CHN", "KWT", "BHR", "JOR",
                 "SYR", "LBN", "YEM", "TUR", "PAK", "AFG", "SWE", "BEL", "DNK", "AUT", "KOR",
                 "IND", "AZE", "ARM", "ITA", "ESP", "NLD"):
        assert code in ids, code


def test_un_members_and_observers_present():
    states = load_actors().states
    ids = {s.actor_id for s in states}
    assert len(states) >= 196  # 193 UN members + Holy See, Palestine, Taiwan
    for code in ("CUB", "VEN", "BIH", "SRB", "HRV", "PRK", "CAN", "AUS", "UKR", "BLR", "GEO",
                 "TKM", "TJK", "UZB", "KGZ", "SDN", "SSD", "MAR", "TUN", "MRT", "SOM", "DJI",
                 "ERI", "ETH", "PSE", "TWN", "MLI", "TCD", "NER", "NGA", "COD", "COG"):
        assert code in ids, code
    for s in states:  # every state has names, a metonym and an Arabic and a Persian name
        assert s.names_ar and s.names_fa and (s.metonyms.ar or s.metonyms.fa), s.actor_id


def _scan_states(text: str, lang: str) -> set[str]:
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize
    return {h.key for h in scan(normalize(text), lexicon(), lang) if h.cat == "state"}


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "التقى وزير الخارجية الإيراني نظيره الكوبي في هافانا", {"IRN", "CUB"}),
    ("ar", "زار الرئيس الفنزويلي كاراكاس ثم البوسنة والهرسك وكوريا الشمالية", {"VEN", "BIH", "PRK"}),
    ("ar", "الرئيس التشادي وجمهورية مالي والرئيس الجورجي", {"TCD", "MLI", "GEO"}),
    ("fa", "وزیر خارجه با همتای کوبایی خود در هاوانا و سپس در کاراکاس دیدار کرد", {"CUB", "VEN"}),
    ("fa", "گرجستان، سودان، مراکش، فلسطین، کانادا و نیجریه", {"GEO", "SDN", "MAR", "PSE", "CAN", "NGA"}),
])
def test_new_state_names_are_found(lang, text, expected):
    assert expected <= _scan_states(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ar", "قدمت الحكومة دعما ماليا وقالت إن الوضع المالي صعب وأعلنت وزارة المالية عن عجز مالي"),
    ("ar", "فاز المرشح في ولاية جورجيا بالانتخابات"),
    ("ar", "قال تشاد وولف إن الإدارة لن تتراجع، فكيف يمكن أن تنجح المفاوضات؟"),
    ("ar", "نشرت صحيفة ديلي تلغراف تقريرا عن آيا صوفيا ومدرسة البنين"),
    ("fa", "دولت کمک مالی به بخش خصوصی کرد و وضعیت مالی شرکت‌ها بهتر شد"),
    ("fa", "چاد ولف گفت روز دوشنبه کیف پول را پیدا کرده است"),
    ("fa", "رئیس قوه مجریه از کندی روند مذاکرات انتقاد کرد و پرونده را بی پروا پیش برد"),
    ("fa", "دیوید کامرون گفت چک بانکی برگشت خورد"),
])
def test_common_words_are_not_states(lang, text):
    assert not _scan_states(text, lang)


def test_required_persons_present():
    ids = {p.actor_id for p in load_actors().persons}
    for slug in ("ruhollah-khomeini", "ali-khamenei", "akbar-hashemi-rafsanjani", "mohammad-khatami",
                 "mahmoud-ahmadinejad", "hassan-rouhani", "ebrahim-raisi", "masoud-pezeshkian",
                 "ali-akbar-velayati", "kamal-kharrazi", "manouchehr-mottaki", "ali-akbar-salehi",
                 "mohammad-javad-zarif", "hossein-amir-abdollahian", "abbas-araghchi",
                 "ali-bagheri-kani", "ali-larijani", "saeed-jalili", "majid-takht-ravanchi",
                 "jimmy-carter", "ronald-reagan", "barack-obama", "donald-trump", "joe-biden",
                 "warren-christopher", "robert-mcfarlane", "william-burns", "wendy-sherman",
                 "john-kerry", "robert-malley", "brett-mcgurk", "steve-witkoff", "marco-rubio",
                 "qaboos-bin-said", "haitham-bin-tariq", "yusuf-bin-alawi", "badr-albusaidi",
                 "tamim-bin-hamad-al-thani", "mohammed-bin-abdulrahman-al-thani", "mustafa-al-kadhimi",
                 "mohammed-seddik-benyahia", "shinzo-abe", "catherine-ashton", "federica-mogherini",
                 "josep-borrell", "enrique-mora", "kaja-kallas", "rafael-grossi", "yukiya-amano",
                 "mohamed-elbaradei", "benjamin-netanyahu", "hassan-kazemi-qomi", "anwar-gargash",
                 "hans-dietrich-genscher", "kofi-annan", "mohammed-al-khulaifi", "james-dobbins"):
        assert f"person:{slug}" in ids, slug


# ---------------------------------------------------------------------------
# sanity facts
# ---------------------------------------------------------------------------
def test_zarif_was_foreign_minister_in_2015():
    zarif = load_actors()["person:mohammad-javad-zarif"]
    assert zarif.held("Foreign Minister", "2015")
    assert zarif.held("Foreign Minister", "2015-07-14")
    assert not zarif.held("Foreign Minister", "2022")


def test_role_periods():
    a = load_actors()
    assert a["person:abbas-araghchi"].held("Foreign Minister", "2025-04-12")
    assert a["person:ali-khamenei"].held("President", "1985")
    assert a["person:ali-khamenei"].held("Supreme Leader", "2025")
    assert a["person:donald-trump"].held("President", "2019")
    assert not a["person:donald-trump"].held("President", "2022")
    assert a["person:donald-trump"].held("President", "2025-06")
    assert a["person:warren-christopher"].held("Deputy Secretary of State", "1981-01")
    assert a["person:qaboos-bin-said"].held("Sultan", "2013-03")
    assert a["person:haitham-bin-tariq"].held("Sultan", "2024")


def test_omans_capital_maps_to_omn():
    a = load_actors()
    omn = a["OMN"]
    assert "مسقط" in omn.capitals.ar and "مسقط" in omn.capitals.fa
    assert [x.actor_id for x in a.find("مسقط")] == ["OMN"]
    muscat = {p.place_id: p for p in load_places()}["muscat"]
    assert muscat.country == "OMN"


def test_oman_amman_ambiguity_declared():
    a = load_actors()
    owners = {x.actor_id for x in a.find("عمان")}
    assert owners == {"OMN", "JOR"}
    assert "عمان" in a["OMN"].ambiguous_names and "عمان" in a["JOR"].ambiguous_names
    assert "عمان" in {p.place_id: p for p in load_places()}["amman"].ambiguous_names


def test_algiers_ambiguity_declared():
    places = {p.place_id: p for p in load_places()}
    assert "الجزائر" in places["algiers"].ambiguous_names
    assert "الجزائر" in load_actors()["DZA"].ambiguous_names


def test_p5plus1_has_six_members():
    p5 = load_actors()["org:p5plus1"]
    assert len(p5.members) == 6
    assert set(p5.members) == {"USA", "GBR", "FRA", "RUS", "CHN", "DEU"}
    assert set(load_actors()["org:e3"].members) == {"FRA", "DEU", "GBR"}


def test_topic_vocabulary_complete():
    topics = load_cues().topics
    for key in ("nuclear", "sanctions", "prisoners", "regional_security", "red_sea_shipping",
                "gaza", "iraq", "afghanistan", "syria", "lebanon_hostages", "arms", "oil", "other"):
        assert key in topics.keys()
        if key != "other":
            assert topics[key].ar and topics[key].fa
    assert set(topics.keys()) == set(L.TOPIC_KEYS)
    assert not topics["other"].ar and not topics["other"].fa


def test_topic_keys_match_data_contract(root):
    dd = (root / "docs" / "data-dictionary.md")
    if not dd.exists():
        pytest.skip("no data dictionary")
    text = dd.read_text(encoding="utf-8")
    for key in L.TOPIC_KEYS:
        assert f"`{key}`" in text


def test_event_types_and_groups():
    c = load_cues()
    assert set(c.event_types.keys()) == set(L.EVENT_TYPE_KEYS)
    for k in L.EVENT_TYPE_KEYS:
        assert c.event_types[k].ar and c.event_types[k].fa
    for k in ("format_indirect", "format_direct", "secrecy_secret", "secrecy_public", "allegation",
              "denial", "confirmation", "outcome_agreement", "outcome_partial",
              "outcome_no_agreement", "negation", "future", "hypothetical", "statement",
              "press_conference", "generic"):
        g = c[k]
        assert g.source.strip() and g.ar and g.fa, k
    for k in ("host", "facilitator", "message_carrier", "guarantor"):
        assert c.mediation[k].ar and c.mediation[k].fa


def test_seed_spellings_covered():
    a = load_actors()
    for name, actor_id in [("ظريف", "person:mohammad-javad-zarif"), ("ظریف", "person:mohammad-javad-zarif"),
                           ("عراقجي", "person:abbas-araghchi"), ("عراقچی", "person:abbas-araghchi"),
                           ("عراقتشي", "person:abbas-araghchi"), ("ويتكوف", "person:steve-witkoff"),
                           ("ویتکاف", "person:steve-witkoff"), ("ماكغورك", "person:brett-mcgurk"),
                           ("مک‌گورک", "person:brett-mcgurk"), ("مکگورک", "person:brett-mcgurk"),
                           ("علي باقري كاني", "person:ali-bagheri-kani"), ("باقری کنی", "person:ali-bagheri-kani"),
                           ("البوسعيدي", "person:badr-albusaidi"), ("یوسف بن علوی", "person:yusuf-bin-alawi"),
                           ("روبيو", "person:marco-rubio"), ("احمدینژاد", "person:mahmoud-ahmadinejad"),
                           ("خامنهای", "person:ali-khamenei"), ("الأميركيين", "USA"), ("امریکایی", "USA"),
                           ("ایالات متحده", "USA"), ("البيت الأبيض", "USA"), ("کاخ سفید", "USA"),
                           ("واشینگتن", "USA"), ("سلطنة عمان", "OMN"), ("العُمانية", "OMN")]:
        assert actor_id in {x.actor_id for x in a.find(name)}, name


def test_every_person_role_title_has_cues():
    titles = set(load_cues().roles.titles)
    for p in load_actors().persons:
        for r in p.roles:
            assert r.title in titles, (p.actor_id, r.title)


def test_roles_lookup_and_flat_dump():
    c = load_cues()
    lk = c.roles.lookup()
    assert lk["وزير الخارجية"] == "Foreign Minister"
    assert lk["معاون وزیر خارجه"] == "Deputy Foreign Minister"
    assert lk["مذاکره‌کننده ارشد"] == "Chief Negotiator"
    assert lk["المبعوث الخاص"] == "Special Envoy"
    assert lk["رهبر"] == "Supreme Leader"
    assert lk["مستشار الأمن القومي"] == "National Security Adviser"
    dumped = c.model_dump()["roles"]
    assert "source" in dumped and "Foreign Minister" in dumped and "titles" not in dumped
    assert Cues.model_validate(c.model_dump()) == c


def test_fold_key():
    assert fold_key("احمدی‌نژاد") == fold_key("احمدینژاد") == fold_key("احمدي نژاد")
    assert fold_key("أمريكا") == fold_key("امريكا")
    assert fold_key("سلطنة") == fold_key("سلطنه")


# ---------------------------------------------------------------------------
# every check fails on a small broken example
# ---------------------------------------------------------------------------
def _state(**kw):
    d = {"actor_id": "OMN", "name_en": "Oman", "names_en": ["Oman"], "names_ar": ["عمان"],
         "names_fa": ["عمان"], "source": "test"}
    d.update(kw)
    return d


def _person(**kw):
    d = {"actor_id": "person:test-person", "name_en": "Test Person", "names_en": ["Test Person"],
         "names_ar": ["شخص تجريبي"], "names_fa": ["شخص آزمایشی"], "country": "IRN",
         "roles": [{"title": "Foreign Minister", "start": "2013-08-15", "end": "2021-08-25"}],
         "source": "test"}
    d.update(kw)
    return d


def _org(**kw):
    d = {"actor_id": "org:test", "kind": "organization", "name_en": "Test Org", "names_en": ["Test Org"],
         "names_ar": ["منظمة تجريبية"], "names_fa": ["سازمان آزمایشی"], "members": [], "country": None,
         "source": "test"}
    d.update(kw)
    return d


def _actors(states=None, persons=None, orgs=None):
    return {"states": states if states is not None else [_state()],
            "persons": persons if persons is not None else [_person()],
            "organizations": orgs if orgs is not None else [_org()]}


def test_minimal_valid_example():
    Actors.model_validate(_actors())


@pytest.mark.parametrize("bad", ["XXX", "omn", "OM", "ZZZ"])
def test_bad_iso3(bad):
    with pytest.raises(ValidationError):
        State.model_validate(_state(actor_id=bad))
    with pytest.raises(ValidationError):
        Person.model_validate(_person(country=bad))


def test_vatican_is_valid_iso3():
    State.model_validate(_state(actor_id="VAT", names_ar=["الفاتيكان"], names_fa=["واتیکان"]))


def test_bad_org_member():
    with pytest.raises(ValidationError, match="ISO"):
        Actors.model_validate(_actors(orgs=[_org(members=["USA", "QQQ"])]))


def test_duplicate_actor_id():
    with pytest.raises(ValidationError, match="duplicate actor_id"):
        Actors.model_validate(_actors(persons=[_person(), _person(names_ar=["آخر"], names_fa=["دیگر"],
                                                                   names_en=["Other"])]))


def test_role_start_after_end():
    with pytest.raises(ValidationError, match="after end"):
        Person.model_validate(_person(roles=[{"title": "President", "start": "2021-08-03", "end": "2013-08-03"}]))
    # partial dates compare by their span: same year is fine
    Person.model_validate(_person(roles=[{"title": "President", "start": "2013", "end": "2013-08"}]))


def test_bad_role_date():
    with pytest.raises(ValidationError):
        Person.model_validate(_person(roles=[{"title": "President", "start": "Aug 2013", "end": None}]))
    with pytest.raises(ValidationError):
        Person.model_validate(_person(roles=[{"title": "President", "start": "2013-13-01", "end": None}]))


def test_empty_names():
    with pytest.raises(ValidationError):
        Person.model_validate(_person(names_ar=[""]))
    with pytest.raises(ValidationError):
        Person.model_validate(_person(names_fa=[]))
    with pytest.raises(ValidationError):
        Person.model_validate(_person(name_en="  "))


def test_empty_source():
    with pytest.raises(ValidationError, match="source"):
        Person.model_validate(_person(source=" "))
    with pytest.raises(ValidationError):
        Person.model_validate({k: v for k, v in _person().items() if k != "source"})


def test_extra_field_forbidden():
    with pytest.raises(ValidationError):
        Person.model_validate(_person(nickname="x"))


def test_wrong_script_and_letters():
    with pytest.raises(ValidationError, match="Persian"):
        Person.model_validate(_person(names_fa=["ظريف"]))      # Arabic yeh in a Persian list
    with pytest.raises(ValidationError, match="Arabic entry"):
        Person.model_validate(_person(names_ar=["ظریف"]))      # Persian yeh in an Arabic list
    with pytest.raises(ValidationError, match="Arabic-script"):
        Person.model_validate(_person(names_ar=["Zarif"]))


def test_bad_id_shapes():
    with pytest.raises(ValidationError):
        Person.model_validate(_person(actor_id="Zarif"))
    with pytest.raises(ValidationError):
        Actors.model_validate(_actors(orgs=[_org(actor_id="org:Bad Id")]))


def test_shared_name_must_be_declared():
    jor = _state(actor_id="JOR", name_en="Jordan", names_en=["Jordan"], names_ar=["الأردن"],
                 names_fa=["اردن"], capitals={"ar": ["عمان"], "fa": ["امان"], "en": ["Amman"]})
    with pytest.raises(ValidationError, match="ambiguous_names"):
        Actors.model_validate(_actors(states=[_state(), jor]))
    ok_jor = dict(jor, ambiguous_names=["عمان"])
    Actors.model_validate(_actors(states=[_state(ambiguous_names=["عمان"]), ok_jor]))


def test_ambiguous_name_must_be_own():
    with pytest.raises(ValidationError, match="not one of this entry"):
        State.model_validate(_state(ambiguous_names=["قطر"]))


def test_unknown_role_org():
    with pytest.raises(ValidationError, match="unknown organization"):
        Actors.model_validate(_actors(persons=[_person(roles=[{"title": "High Representative",
                                                               "start": "2019", "org": "org:nope"}])]))


def test_place_checks():
    good = {"place_id": "muscat", "name_en": "Muscat", "kind": "city", "country": "OMN",
            "names_ar": ["مسقط"], "names_fa": ["مسقط"], "names_en": ["Muscat"], "source": "test"}
    Place.model_validate(good)
    for bad in (dict(good, country="XXX"), dict(good, kind="town"), dict(good, country=None),
                dict(good, place_id="Muscat City"), dict(good, names_ar=[]), dict(good, source="")):
        with pytest.raises(ValidationError):
            Place.model_validate(bad)
    with pytest.raises(ValidationError, match="duplicate place_id"):
        PlacesFile.model_validate({"places": [good, dict(good, names_ar=["صلالة"], names_fa=["صلاله"],
                                                         names_en=["X"])]})


def _cues_raw() -> dict:
    return yaml.safe_load((REF / "cues.yaml").read_text(encoding="utf-8"))


def test_cues_checks():
    raw = _cues_raw()
    Cues.model_validate(raw)
    bad = copy.deepcopy(raw); del bad["topics"]["gaza"]
    with pytest.raises(ValidationError):
        Cues.model_validate(bad)
    bad = copy.deepcopy(raw); bad["topics"]["nuclear"]["fa"] = []
    with pytest.raises(ValidationError, match="nuclear"):
        Cues.model_validate(bad)
    bad = copy.deepcopy(raw); bad["denial"]["source"] = ""
    with pytest.raises(ValidationError):
        Cues.model_validate(bad)
    bad = copy.deepcopy(raw); bad["future"]["ar"].append("")
    with pytest.raises(ValidationError):
        Cues.model_validate(bad)
    bad = copy.deepcopy(raw); bad["unknown_group"] = {"source": "x", "ar": ["x"], "fa": ["y"]}
    with pytest.raises(ValidationError):
        Cues.model_validate(bad)


# ---------------------------------------------------------------------------
# file-level errors name the file and the entry
# ---------------------------------------------------------------------------
def test_error_names_file_and_entry(tmp_path):
    raw = yaml.safe_load((REF / "actors.yaml").read_text(encoding="utf-8"))
    for p in raw["persons"]:
        if p["actor_id"] == "person:mohammad-javad-zarif":
            p["roles"][2]["start"] = "2030-01-01"
    f = tmp_path / "actors.yaml"
    f.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LexiconError) as ei:
        load_actors(f)
    msg = str(ei.value)
    assert msg.startswith("actors.yaml")
    assert "person:mohammad-javad-zarif" in msg and "roles" in msg


def test_error_names_place(tmp_path):
    raw = yaml.safe_load((REF / "places.yaml").read_text(encoding="utf-8"))
    raw["places"][3]["country"] = "QQQ"
    pid = raw["places"][3]["place_id"]
    f = tmp_path / "places.yaml"
    f.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LexiconError, match=f"places.yaml.*{pid}"):
        load_places(f)


def test_yaml_syntax_error(tmp_path):
    f = tmp_path / "cues.yaml"
    f.write_text("event_types: [unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="cues.yaml"):
        load_cues(f)


def test_missing_file(tmp_path):
    with pytest.raises(LexiconError, match="nope.yaml"):
        load_places(tmp_path / "nope.yaml")


def test_held_in_must_be_a_state_code():
    from pipeline.lexicon import Person

    base = dict(actor_id="person:some-one", name_en="Some One", country="USA", names_ar=["سام وان"], names_fa=["سام وان"], source="test")
    assert Person(**base, held_in="IRN").held_in == "IRN"
    with pytest.raises(ValueError):
        Person(**base, held_in="Iran")
    assert load_actors()["person:michael-white"].held_in == "IRN"


def test_a_venue_must_name_its_city(tmp_path):
    import pytest as _pytest

    from pipeline.lexicon import Place

    base = dict(place_id="some-hotel", name_en="Some Hotel", kind="venue", country="CHE", names_ar=["فندق"], names_fa=["هتل"], source="test")
    with _pytest.raises(ValueError, match="needs `city:`"):
        Place(**base)
    assert Place(**base, city="Geneva").city == "Geneva"


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("منوچهر قربانی‌فر این دیدار را ترتیب داد", "fa", "person:manucher-ghorbanifar"),
        ("با محسن کنگرلو در فرانکفورت دیدار کرد", "fa", "person:mohsen-kangarlou"),
        ("وصل إلى واشنطن سراً علي هاشمي بهرماني", "ar", "person:ali-hashemi-bahramani"),
    ],
)
def test_iran_contra_go_betweens_are_found(text, lang, person):
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize

    assert person in {h.key for h in scan(normalize(text), lexicon(), lang) if h.cat == "person"}


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("قال المتحدث عباس موسوي إن الرسائل نقلت", "ar", "person:abbas-mousavi"),
        ("بهرام قاسمی سخنگوی وزارت خارجه گفت", "fa", "person:bahram-ghasemi"),
        ("علی ربیعی سخنگوی دولت گفت", "fa", "person:ali-rabiei"),
        ("أعلن بولتون أن واشنطن", "ar", "person:john-bolton"),
        ("وصل المبعوث روجر كارستنز إلى زيوريخ", "ar", "person:roger-carstens"),
        ("مورگان اورتگاس سخنگوی وزارت خارجه آمریکا", "fa", "person:morgan-ortagus"),
        ("قال نيد برايس المتحدث باسم الخارجية", "ar", "person:ned-price"),
        ("ماکرون تلاش کرد تماس تلفنی را ترتیب دهد", "fa", "person:emmanuel-macron"),
        ("هایکو ماس، وزیر خارجه آلمان، به تهران سفر کرد", "fa", "person:heiko-maas"),
        ("التقى جان إيف لودريان نظيره الإيراني", "ar", "person:jean-yves-le-drian"),
        ("قال جيريمي هانت إن لندن", "ar", "person:jeremy-hunt"),
        ("دومینیک راب وزیر خارجه بریتانیا", "fa", "person:dominic-raab"),
    ],
)
def test_people_of_the_maximum_pressure_years_are_found(text, lang, person):
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize

    assert person in {h.key for h in scan(normalize(text), lexicon(), lang)}


@pytest.mark.parametrize(
    "text, lang",
    [("قال موسوي", "ar"), ("طاهری و قاسمی و ربیعی", "fa"), ("قال برايس", "ar")],
)
def test_common_surnames_of_those_people_alone_name_nobody(text, lang):
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize

    keys = {h.key for h in scan(normalize(text), lexicon(), lang)}
    assert not keys & {"person:abbas-mousavi", "person:bahram-ghasemi", "person:ali-rabiei", "person:ned-price"}


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("قال جون كيربي المتحدث باسم مجلس الأمن القومي", "ar", "person:john-kirby"),
        ("جان کربی سخنگوی شورای امنیت ملی آمریکا گفت", "fa", "person:john-kirby"),
        ("قال ماثيو ميلر المتحدث باسم الخارجية الأمريكية", "ar", "person:matthew-miller"),
        ("ودانت پاتل معاون سخنگوی وزارت خارجه آمریکا", "fa", "person:vedant-patel"),
        ("أعلن ماجد الأنصاري المتحدث باسم الخارجية القطرية", "ar", "person:majed-al-ansari"),
        ("میخائیل اولیانوف نماینده روسیه در وین", "fa", "person:mikhail-ulyanov"),
    ],
)
def test_people_of_the_raisi_years_are_found(text, lang, person):
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize

    assert person in {h.key for h in scan(normalize(text), lexicon(), lang)}


@pytest.mark.parametrize("text, lang", [("قال ميلر", "ar"), ("گفت انصاری", "fa"), ("قال الأنصاري", "ar"), ("پاتل گفت", "fa")])
def test_common_surnames_of_the_raisi_years_spokespeople_alone_name_nobody(text, lang):
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize

    keys = {h.key for h in scan(normalize(text), lexicon(), lang)}
    assert not keys & {"person:matthew-miller", "person:majed-al-ansari", "person:vedant-patel"}


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("قال وزير الخارجية الإيطالي أنطونيو تاياني إن روما مستعدة", "ar", "person:antonio-tajani"),
        ("جورجیا ملونی نخست‌وزیر ایتالیا گفت", "fa", "person:giorgia-meloni"),
        ("وقال ديفيد لامي وزير الخارجية البريطاني", "ar", "person:david-lammy"),
        ("ژان نوئل بارو وزیر خارجه فرانسه", "fa", "person:jean-noel-barrot"),
        ("وزير الخارجية الألماني يوهان فاديفول", "ar", "person:johann-wadephul"),
        ("کی‌یر استارمر و فریدریش مرتس", "fa", "person:keir-starmer"),
        ("المستشار الألماني فريدريش ميرتس", "ar", "person:friedrich-merz"),
        ("قالت تامي بروس المتحدثة باسم الخارجية الأمريكية", "ar", "person:tammy-bruce"),
        ("تولسی گابارد مدیر اطلاعات ملی آمریکا", "fa", "person:tulsi-gabbard"),
        ("وزير الدفاع الأمريكي بيت هيغسيث", "ar", "person:pete-hegseth"),
        ("سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح", "fa", "person:mohammad-bagheri"),
        ("قائد الحرس الثوري حسين سلامي", "ar", "person:hossein-salami"),
        ("فاطمه مهاجرانی سخنگوی دولت", "fa", "person:fatemeh-mohajerani"),
        ("الرئيس الصيني شي جين بينغ", "ar", "person:xi-jinping"),
    ],
)
def test_people_of_the_2025_rounds_and_the_june_war_are_found(text, lang, person):
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize

    assert person in {h.key for h in scan(normalize(text), lexicon(), lang)}


@pytest.mark.parametrize("text, lang", [("قال علي باقري كني", "ar"), ("علی باقری کنی گفت", "fa"), ("قال باقري", "ar"), ("برای سلامی کوتاه", "fa"), ("بارو", "fa")])
def test_the_2025_names_do_not_take_other_people_or_words(text, lang):
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize

    keys = {h.key for h in scan(normalize(text), lexicon(), lang)}
    assert not keys & {"person:mohammad-bagheri", "person:hossein-salami", "person:jean-noel-barrot"}


@pytest.mark.parametrize(
    "text, lang, key",
    [
        ("شارك الرياضيون والرياضيين في الرياضة", "ar", "SAU"),  # 'athletes', 'sport': not Riyadh
        ("ریاضی", "fa", "SAU"),  # 'mathematics'
        ("استقبلوه بحماسة", "ar", "org:hamas"),  # 'enthusiasm'
        ("إيران مصرة على موقفها والأمريكيون مصرون", "ar", "EGY"),  # 'insisting'
        ("ترك الوفد الاجتماع وتركه", "ar", "TUR"),  # Arabic 'left'; Persian ترک 'Turk' reads only in Persian
        ("في الجلسة الرئيسية والمحور الرئيسي", "ar", "person:ebrahim-raisi"),  # 'main': a name takes no article
        ("وزارت مالیه", "fa", "person:robert-malley"),  # 'finance': a name takes no suffix
    ],
)
def test_words_that_only_look_like_a_name_with_affixes_are_not_it(text, lang, key):
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize

    assert key not in {h.key for h in scan(normalize(text), lexicon(), lang)}


@pytest.mark.parametrize(
    "text, lang, key",
    [
        ("الرياض والسعودية", "ar", "SAU"),
        ("حماس", "ar", "org:hamas"),
        ("في مصر", "ar", "EGY"),
        ("مقامات ترک", "fa", "TUR"),
        ("الرئيسين", "ar", "President"),  # the title's dual is still the title
        ("رئيسي", "ar", "person:ebrahim-raisi"),
        ("عراقجي", "ar", "person:abbas-araghchi"),
    ],
)
def test_the_names_themselves_still_read(text, lang, key):
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize

    assert key in {h.key for h in scan(normalize(text), lexicon(), lang)}


def test_a_false_friend_must_contain_one_of_the_entrys_names(tmp_path):
    from pipeline.lexicon import Place

    base = dict(place_id="x", name_en="X", kind="city", country="SAU", names_ar=["الرياض"], names_fa=["ریاض"], names_en=["Riyadh"], source="t")
    assert Place(**base, false_friends_ar=["الرياضة"]).false_friends_ar == ["الرياضة"]
    with pytest.raises(ValueError, match="does not contain"):
        Place(**base, false_friends_ar=["الرمال"])
