"""The class is the contest: everyone paints one work on their phone, the projector learns from them live."""

import os
import time

import numpy as np
import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from app_pages import page
from app_pages.common import chart, figure_labels, header, presenting, works_strip
from painter import cached, figures, rooms
from painter.i18n import current_language, t
from painter.own_works import works_digest
from painter.phone import PHONE_CHART_WIDTH, is_phone

#: The board's refresh: one query per tick, whatever the number of works.
BOARD_TICK = "2s"
#: Works the class needs before the model can learn from them.
MIN_TO_LEARN = 12
NOTICE = "_classroom_notice"  # a message a button's callback leaves for the page to show
LEARNED = "_classroom_learned"  # the works the board learned from (this session only)


def notify(kind: str, text: str) -> None:
    st.session_state[NOTICE] = (kind, text)


def refused(error: Exception) -> None:
    """Tell the visitor why the room said no, in their language (never a traceback)."""
    reason = error.reason if isinstance(error, rooms.RoomError) else "database"
    notify("error", t(f"classroom.error.{reason}"))


def show_notice() -> None:
    kind, text = st.session_state.pop(NOTICE, (None, None))
    if kind == "error":
        st.error(text, icon=":material/error:")
    elif kind == "success":
        st.success(text, icon=":material/check_circle:")


@st.cache_resource(show_spinner=False, max_entries=1)
def _secrets_name_the_database() -> bool:
    """Whether ``.streamlit/secrets.toml`` has a ``[connections.rooms]`` section (read once per server)."""
    try:
        return "rooms" in st.secrets.get("connections", {})
    except (FileNotFoundError, KeyError, ValueError, st.errors.StreamlitSecretNotFoundError):
        return False


#: What a database that cannot be reached raises (said to the visitor as ``classroom.error.database``).
UNREACHABLE = (SQLAlchemyError, OSError)


def store() -> rooms.Store:
    """The rooms database: ``$PAINTER_ROOMS_URL``, else ``[connections.rooms]`` in the secrets, else SQLite.

    Opened only once a room is used, so a visit to the start of the page touches no database.
    """
    from_secrets = not os.environ.get(rooms.URL_ENV) and _secrets_name_the_database()
    connection = st.connection("rooms", type="sql", **({} if from_secrets else {"url": rooms.default_url()}))
    return cached.rooms_store(connection.engine.url.render_as_string(hide_password=False))


def read_link() -> None:
    """On this session's first visit, take the room, the key and the student from the link (checked)."""
    if st.session_state.get("_classroom_link_read"):
        return
    st.session_state["_classroom_link_read"] = True
    values, rejected = rooms.read_link(st.query_params.to_dict())
    st.session_state.update(values)
    if rejected:
        st.toast(t("app.url_rejected", names=", ".join(rejected)), icon=":material/link_off:")


def leave() -> None:
    for name in ("room", "teacher", LEARNED):
        st.session_state.pop(name, None)


# --- the start: open a room, or join one ---------------------------------------------------------


def open_room() -> None:
    try:
        room = store().create_room()
    except (rooms.RoomError, *UNREACHABLE) as error:
        refused(error)
        return
    st.session_state.update(room=room.code, teacher=room.teacher_key)


def join_room() -> None:
    state = st.session_state
    allowed, state["_classroom_wrong_codes"] = rooms.WRONG_CODE_LIMIT.check(
        state.get("_classroom_wrong_codes", ()), time.monotonic()
    )
    if not allowed:
        notify("error", t("classroom.error.too_many_tries"))
        return
    try:
        code = rooms.normal_code(state.get("classroom_join", ""))
        store().snapshot(code)
    except (rooms.RoomError, *UNREACHABLE) as error:
        refused(error)
        return
    # a right code is not a wrong try: take it back off the window
    state["_classroom_wrong_codes"] = state["_classroom_wrong_codes"][:-1]
    state["room"] = code


def start() -> None:
    st.markdown(t("classroom.intro"))
    teacher, student = st.columns(2)
    with teacher.container(border=True):
        st.markdown(f"**{t('classroom.for_teacher')}**")
        st.markdown(t("classroom.open_text"))
        st.button(t("classroom.open"), on_click=open_room, key="classroom_open", type="primary", icon=":material/add:")
    with student.container(border=True):
        st.markdown(f"**{t('classroom.for_student')}**")
        st.text_input(t("classroom.code"), max_chars=12, key="classroom_join", placeholder="ABCD23")
        st.button(t("classroom.join"), on_click=join_room, key="classroom_join_button", icon=":material/login:")
    with st.container(key=page("classroom").main_figure):  # what a work looks like: the start view's figure
        st.markdown(f"**{t('classroom.example')}**")
        works_strip([[40, 220], [200, 60], [128, 128]], scale=48)
        st.caption(t("classroom.example_caption"))


# --- a student ---------------------------------------------------------------------------------


def send(db: rooms.Store, code: str, student: str) -> None:
    state = st.session_state
    allowed, state["_classroom_sends"] = rooms.SEND_LIMIT.check(state.get("_classroom_sends", ()), time.monotonic())
    if not allowed:
        notify("error", t("classroom.error.too_fast"))
        return
    try:
        db.add_work(code, student, state.get("classroom_x1"), state.get("classroom_x2"))
    except (rooms.RoomError, *UNREACHABLE) as error:
        refused(error)
        return
    notify("success", t("classroom.sent"))


def take_back(db: rooms.Store, code: str, student: str, work_id: int) -> None:
    try:
        db.remove_own(code, student, work_id)
    except (rooms.RoomError, *UNREACHABLE) as error:
        refused(error)


def labels_for_plane() -> dict[str, str]:
    return figure_labels(figures.class_figure, "classroom.fig", x="axis.x1", y="axis.x2")


def plane_width() -> int | None:
    """The width the plane is drawn at on a phone (so it is only as tall as it is wide), else None."""
    return PHONE_CHART_WIDTH if is_phone(st.context.headers.get("User-Agent")) else None


def student_view(db: rooms.Store, code: str) -> None:
    student = st.session_state.setdefault("student", rooms.new_student())  # joins the link: a reload keeps it
    try:
        snapshot = db.snapshot(code)
    except (rooms.RoomError, *UNREACHABLE) as error:
        refused(error)
        show_notice()
        st.button(t("classroom.leave"), on_click=leave, key="classroom_leave", icon=":material/logout:")
        return
    st.metric(t("classroom.room_code"), code)  # a code from a link: shown only as text
    mine = snapshot.mine(student)
    controls, preview = st.columns([3, 1], vertical_alignment="center")
    x1 = controls.slider(t("axis.x1"), 0, 255, 128, key="classroom_x1")
    x2 = controls.slider(t("axis.x2"), 0, 255, 128, key="classroom_x2")
    with preview:
        st.markdown(f"**{t('classroom.your_work')}**")
        works_strip([[x1, x2]], scale=64)
    sent = int(mine.sum())
    left = rooms.MAX_WORKS_PER_STUDENT - sent
    st.button(
        t("classroom.send"),
        on_click=send,
        args=(db, code, student),
        key="classroom_send",
        type="primary",
        icon=":material/send:",
        disabled=left <= 0 or snapshot.locked,
        width="stretch",
    )
    show_notice()
    if snapshot.locked:
        st.info(t("classroom.locked"), icon=":material/lock:")
    st.markdown(t("classroom.sent_count", n=sent, most=rooms.MAX_WORKS_PER_STUDENT))
    for work_id, (a, b) in zip(snapshot.ids[mine], snapshot.works[mine], strict=True):
        st.button(
            t("classroom.take_back", x1=int(a), x2=int(b)),
            on_click=take_back,
            args=(db, code, student, int(work_id)),
            key=f"classroom_take_back_{work_id}",
            icon=":material/undo:",
        )
    st.subheader(t("classroom.class_title", n=len(snapshot.ids)))
    chart(
        figures.class_figure(
            snapshot.works, snapshot.ids, mine, cached.works(), labels=labels_for_plane(), width=plane_width()
        ),
        key="classroom_student",
    )
    st.button(t("classroom.refresh"), key="classroom_refresh", icon=":material/refresh:")
    st.caption(t("classroom.student_caption"))


# --- the teacher's board -----------------------------------------------------------------------


def teacher_action(db: rooms.Store, action: str, code: str, key: str) -> None:
    state = st.session_state
    try:
        if action == "lock":
            db.lock_room(code, key, locked=bool(state.get("classroom_locked")))
        elif action == "remove":
            db.remove_work(code, key, int(state.get("classroom_remove") or 0))
        elif action == "close":
            db.close_room(code, key)
            leave()
            notify("success", t("classroom.closed"))
        elif action == "learn":
            state[LEARNED] = db.works(code)
    except (rooms.RoomError, *UNREACHABLE) as error:
        refused(error)


def learned_model():
    """The class's model the teacher asked for: (works, fit), or None."""
    works = st.session_state.get(LEARNED)
    if works is None or len(works) < MIN_TO_LEARN:
        return None
    digest = works_digest(works)
    return works, digest, cached.class_fit(digest, works)


@st.fragment(run_every=BOARD_TICK)
def live_board(db: rooms.Store, code: str) -> None:
    """The works as they arrive: one query per tick; the rest of the page does not rerun."""
    try:
        snapshot = db.snapshot(code)
    except (rooms.RoomError, *UNREACHABLE) as error:
        st.error(t(f"classroom.error.{getattr(error, 'reason', 'database')}"), icon=":material/error:")
        return
    count, state = st.columns(2)
    count.metric(t("classroom.count"), f"{len(snapshot.ids):,}")
    state.metric(t("classroom.state"), t("classroom.state.locked") if snapshot.locked else t("classroom.state.open"))
    learned = learned_model()
    if learned is None:
        nobody = np.zeros(len(snapshot.ids), dtype=bool)  # the board rings no one's works
        figure = figures.class_figure(
            snapshot.works, snapshot.ids, nobody, cached.works(), labels=labels_for_plane(), width=plane_width()
        )
    else:  # the learned density, the 300 artists behind, the class's works on top of them, new works above all
        works, digest, (mixture, _, _, grid, dens) = learned
        new, _ = cached.class_draws(digest, works, 128)
        figure = figures.class_learned_figure(
            grid,
            dens,
            snapshot.works,
            snapshot.ids,
            cached.works(),
            mixture.means,
            mixture.covariances,
            new,
            labels=figure_labels(figures.class_learned_figure, "classroom.fig", x="axis.x1", y="axis.x2"),
        )
    chart(figure, key="classroom_board")


def board(db: rooms.Store, code: str, key: str) -> None:
    checked = st.session_state.get("_classroom_checked")
    if checked != (code, key):
        try:
            db.check_teacher(code, key)
            locked = db.snapshot(code).locked
        except (rooms.RoomError, *UNREACHABLE) as error:
            refused(error)
            leave()
            st.rerun()
        st.session_state["_classroom_checked"] = (code, key)
        st.session_state["classroom_locked"] = locked  # the switch shows the room as it is
    join = rooms.join_link((st.context.url or "").split("?")[0], code, current_language())
    code_column, qr_column = st.columns([3, 2], vertical_alignment="center")
    with code_column:
        st.metric(t("classroom.room_code"), code)
        st.markdown(t("classroom.join_text"))
        st.code(join, language=None, wrap_lines=True)
        if not presenting():
            st.caption(t("classroom.key_private"))
    qr_column.image(rooms.qr_png(join), width=260, caption=t("classroom.qr_caption"))
    show_notice()
    live_board(db, code)

    # a row that wraps: each control as wide as its label, so no label is cut off at any width
    actions = st.container(horizontal=True, vertical_alignment="center", gap="small")
    actions.button(
        t("classroom.learn"),
        on_click=teacher_action,
        args=(db, "learn", code, key),
        key="classroom_learn",
        type="primary",
        icon=":material/model_training:",
    )
    actions.toggle(t("classroom.lock"), key="classroom_locked", on_change=teacher_action, args=(db, "lock", code, key))
    actions.download_button(
        t("common.download_csv"),
        data=lambda: db.export_csv(code, key),
        file_name=f"class-works-{code}.csv",
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        key="classroom_csv",
    )
    with actions.popover(t("classroom.close"), icon=":material/close:"):
        st.markdown(t("classroom.close_text"))
        st.button(
            t("classroom.close_now"),
            on_click=teacher_action,
            args=(db, "close", code, key),
            type="primary",
            key="classroom_close_now",
        )
    remove_id, remove_button = st.columns([1, 3], vertical_alignment="bottom")
    remove_id.number_input(t("classroom.remove_id"), min_value=0, max_value=2**31 - 1, step=1, key="classroom_remove")
    remove_button.button(
        t("classroom.remove"),
        on_click=teacher_action,
        args=(db, "remove", code, key),
        key="classroom_remove_button",
        icon=":material/delete:",
    )

    learned = learned_model()
    if learned is None:
        if LEARNED in st.session_state:
            st.info(t("classroom.too_few", need=MIN_TO_LEARN), icon=":material/info:")
        return
    works, digest, (_, k, covariance_type, _, _) = learned
    st.subheader(t("classroom.learned_title", n=len(works)))
    st.markdown(t("classroom.learned_text", k=k, cov=t(f"model.cov.{covariance_type}")))
    new, _ = cached.class_draws(digest, works, 128)
    st.markdown(f"**{t('classroom.new_works')}**")
    works_strip(new)
    x1 = st.slider(t("classroom.style_x1"), 0, 255, 128, key="classroom_style_x1")
    _, scenes = cached.class_draws(digest, works, x1)
    st.markdown(f"**{t('classroom.same_style', x1=x1)}**")
    works_strip(np.column_stack([np.full(len(scenes), x1), scenes]))
    st.caption(t("classroom.learned_caption"))


header("classroom")
read_link()
room, teacher = st.session_state.get("room"), st.session_state.get("teacher")
if not room:
    show_notice()
    start()
else:
    try:
        db = store()
    except UNREACHABLE:
        db = None
        st.error(t("classroom.error.database"), icon=":material/error:")
    if db is not None and teacher:
        board(db, room, teacher)
    elif db is not None:
        student_view(db, room)
