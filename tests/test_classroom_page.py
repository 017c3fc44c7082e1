"""The class-contest page under AppTest: the teacher's board and a student's view in both languages,
links that keep who is who, and no traceback for forged links, keys or values."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from painter import rooms
from painter.i18n import translate
from tests.apptest import LANGS, ROOT, rerun

PAGE = "app_pages/classroom.py"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Each test's rooms in its own SQLite file (the default database, moved by the environment)."""
    monkeypatch.delenv(rooms.URL_ENV, raising=False)
    monkeypatch.setenv(rooms.DATA_DIR_ENV, str(tmp_path))
    return tmp_path


@pytest.fixture
def db(data_dir):
    store = rooms.Store(rooms.default_url())
    yield store
    store.dispose()


def visit(query: dict[str, str] | None = None, lang: str = "en") -> AppTest:
    """A new session opening the page from a link (as a reload or another replica would)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for name, value in {"lang": lang, **(query or {})}.items():
        at.query_params[name] = value
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown(at: AppTest) -> str:
    kinds = (at.markdown, at.caption, at.subheader, at.title, at.error, at.success, at.info, at.metric)
    return "\n".join(str(getattr(e, "value", "")) + str(getattr(e, "label", "")) for kind in kinds for e in kind)


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


@pytest.mark.parametrize("lang", LANGS)
def test_the_start_offers_to_open_or_join_a_room(lang, data_dir):
    at = visit(lang=lang)
    assert at.button(key="classroom_open").label == translate(lang, "classroom.open")
    assert at.text_input(key="classroom_join").label == translate(lang, "classroom.code")
    assert translate(lang, "classroom.intro") in shown(at)
    assert at.get("image"), "the example works are shown"
    assert not (data_dir / "rooms.sqlite3").exists()  # nothing is stored until a room is used


@pytest.mark.parametrize("lang", LANGS)
def test_a_teacher_opens_a_room_and_sees_it_fill(lang, db):
    at = visit(lang=lang)
    at.button(key="classroom_open").click()
    rerun(at)
    code, key = at.session_state["room"], at.session_state["teacher"]
    assert at.query_params["room"] == code and at.query_params["teacher"] == key  # the board survives a reload
    assert [m.value for m in at.metric][:2] == [code, "0"]
    join = at.code[0].value
    assert join.endswith(f"?room={code}&lang={lang}") and key not in join  # the class's link has no key
    assert at.get("image"), "the QR code is shown"
    assert translate(lang, "classroom.key_private") in shown(at)
    for i in range(rooms.MAX_WORKS_PER_STUDENT):
        db.add_work(code, "student-0001", 40 + i, 200)
    rerun(at)
    assert at.metric[1].value == "3"
    spec = at.get("plotly_chart")[0].proto.spec
    assert "40" in spec and translate(lang, "classroom.fig.class") in spec


@pytest.mark.parametrize("lang", LANGS)
def test_a_student_joins_sends_and_keeps_their_identity(lang, db):
    room = db.create_room()
    at = visit(lang=lang)
    at.text_input(key="classroom_join").input(room.code.lower())
    at.button(key="classroom_join_button").click()
    rerun(at)
    student = at.session_state["student"]
    assert rooms.valid_student(student)
    assert at.query_params["room"] == room.code and at.query_params["student"] == student
    assert "teacher" not in at.query_params
    at.slider(key="classroom_x1").set_value(30)
    at.slider(key="classroom_x2").set_value(210)
    at.button(key="classroom_send").click()
    rerun(at)
    assert translate(lang, "classroom.sent") in shown(at)
    np.testing.assert_array_equal(db.works(room.code), [[30, 210]])
    assert translate(lang, "classroom.sent_count", n=1, most=rooms.MAX_WORKS_PER_STUDENT) in shown(at)

    # a reload (a new session from the same link, maybe on another replica) is the same student
    again = visit({"room": room.code, "student": student}, lang)
    assert again.session_state["student"] == student
    assert translate(lang, "classroom.sent_count", n=1, most=rooms.MAX_WORKS_PER_STUDENT) in shown(again)
    spec = again.get("plotly_chart")[0].proto.spec
    assert translate(lang, "classroom.fig.mine") in spec  # their work is ringed
    take_back = [b for b in again.button if b.key.startswith("classroom_take_back_")]
    assert len(take_back) == 1
    take_back[0].click()
    rerun(again)
    assert db.works(room.code).shape == (0, 2)


def test_a_student_is_stopped_at_the_cap_and_by_a_locked_room(db, monkeypatch):
    monkeypatch.setattr(rooms, "SEND_LIMIT", rooms.Limit(100, 1.0))
    room = db.create_room()
    at = visit({"room": room.code})
    for _ in range(rooms.MAX_WORKS_PER_STUDENT):
        at.button(key="classroom_send").click()
        rerun(at)
    assert len(db.works(room.code)) == rooms.MAX_WORKS_PER_STUDENT
    assert at.button(key="classroom_send").disabled
    other = visit({"room": room.code})
    db.lock_room(room.code, room.teacher_key)
    rerun(other)
    assert other.button(key="classroom_send").disabled
    assert translate("en", "classroom.locked") in shown(other)


def test_sending_too_fast_is_refused_with_a_message(db):
    room = db.create_room()
    at = visit({"room": room.code})
    for x in range(rooms.SEND_LIMIT.count + 1):  # one session, several students' worth of clicks at once
        at.session_state["student"] = f"student-{x:04d}"
        at.button(key="classroom_send").click()
        rerun(at)
    assert translate("en", "classroom.error.too_fast") in shown(at)
    assert len(db.works(room.code)) == rooms.SEND_LIMIT.count


def test_wrong_codes_are_limited_per_minute(db):
    at = visit()
    for _ in range(rooms.WRONG_CODE_LIMIT.count):
        at.text_input(key="classroom_join").input("ZZZZZZ")
        at.button(key="classroom_join_button").click()
        rerun(at)
        assert translate("en", "classroom.error.unknown") in errors(at)
    room = db.create_room()
    at.text_input(key="classroom_join").input(room.code)
    at.button(key="classroom_join_button").click()
    rerun(at)
    assert translate("en", "classroom.error.too_many_tries") in errors(at)
    assert "room" not in at.session_state  # even the right code waits


@pytest.mark.parametrize("lang", LANGS)
def test_the_teacher_learns_removes_locks_and_closes(lang, db):
    room = db.create_room()
    rng = np.random.default_rng(0)
    centres = np.array([[50, 200], [200, 60]])
    for i in range(30):
        x1, x2 = np.clip(centres[i % 2] + rng.normal(0, 8, 2), 0, 255).round().astype(int)
        db.add_work(room.code, f"student-{i:04d}", int(x1), int(x2))
    at = visit({"room": room.code, "teacher": room.teacher_key}, lang)
    at.button(key="classroom_learn").click()
    rerun(at)
    text = shown(at)
    assert translate(lang, "classroom.learned_title", n=30) in text
    spec = at.get("plotly_chart")[0].proto.spec
    assert translate(lang, "classroom.fig.density") in spec and translate(lang, "classroom.fig.new") in spec
    assert len(at.get("image")) >= 3  # the QR code, the new works, the same style
    at.slider(key="classroom_style_x1").set_value(200)
    rerun(at)
    assert translate(lang, "classroom.same_style", x1=200) in shown(at)

    first = int(db.snapshot(room.code).ids[0])
    at.number_input(key="classroom_remove").set_value(first)
    at.button(key="classroom_remove_button").click()
    rerun(at)
    assert first not in db.snapshot(room.code).ids
    at.toggle(key="classroom_locked").set_value(True)
    rerun(at)
    assert db.snapshot(room.code).locked
    assert any(b.proto.id.endswith("classroom_csv") for b in at.get("download_button"))
    at.button(key="classroom_close_now").click()
    rerun(at)
    assert translate(lang, "classroom.closed") in shown(at)
    assert "room" not in at.session_state and "room" not in at.query_params
    with pytest.raises(rooms.RoomError, match="closed"):
        db.works(room.code)


def test_a_board_reloaded_keeps_its_lock_and_its_works(db):
    room = db.create_room()
    db.add_work(room.code, "student-0001", 1, 2)
    db.lock_room(room.code, room.teacher_key)
    at = visit({"room": room.code, "teacher": room.teacher_key})
    assert at.toggle(key="classroom_locked").value
    assert at.metric[1].value == "1"


FORGED = [
    {"room": "'; DROP TABLE painter_works; --"},
    {"room": "<script>alert(1)</script>"},
    {"room": "A" * 10_000},
    {"room": "ABCD\x00EF"},
    {"room": "ZZZZZZ"},
    {"room": "ZZZZZZ", "teacher": "x" * 32},
    {"room": "ZZZZZZ", "student": "<img src=x onerror=alert(1)>"},
    {"teacher": "x" * 32},
    {"student": "y" * 20},
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("query", FORGED, ids=lambda q: repr(q)[:40])
def test_forged_links_get_a_message_never_a_traceback(query, lang, db):
    room = db.create_room()
    db.add_work(room.code, "student-0001", 9, 9)
    at = visit(query, lang)
    assert not at.exception
    text = shown(at) + "".join(t.value for t in at.toast)
    assert "<script>" not in text and "DROP TABLE" not in text and "onerror" not in text
    if query.get("room") == "ZZZZZZ":  # well formed but unknown
        assert translate(lang, "classroom.error.unknown") in errors(at)
    np.testing.assert_array_equal(db.works(room.code), [[9, 9]])


@pytest.mark.parametrize("lang", LANGS)
def test_a_forged_teacher_key_opens_no_board(lang, db):
    room, other = db.create_room(), db.create_room()
    db.add_work(room.code, "student-0001", 9, 9)
    for key in (other.teacher_key, room.teacher_key[:-1] + ("A" if room.teacher_key[-1] != "A" else "B")):
        at = visit({"room": room.code, "teacher": key}, lang)
        assert translate(lang, "classroom.error.key") in errors(at)
        assert at.get("button") and not [b for b in at.button if b.key == "classroom_close_now"]
        assert "teacher" not in at.query_params
    np.testing.assert_array_equal(db.works(room.code), [[9, 9]])


@pytest.mark.parametrize(("x1", "x2"), [(1.5, 3), (float("nan"), 3), (True, 3), (300, 3), (-5, 3)])
def test_forged_slider_values_never_store_anything_but_pixels(x1, x2, db):
    room = db.create_room()
    at = visit({"room": room.code})
    at.session_state["classroom_x1"] = x1
    at.session_state["classroom_x2"] = x2
    at.button(key="classroom_send").click()
    at.run()
    assert not at.exception
    works = db.works(room.code)
    # either refused with the room's message, or the slider made it a whole grey level first
    assert (works.shape == (0, 2) and translate("en", "classroom.error.value") in errors(at)) or (
        works.shape == (1, 2) and ((works >= 0) & (works <= 255)).all()
    )
