"""Sync in the background while a worker is logged in: the GUI side of marika.sync_session.

One `SyncWorker` per window. It never blocks the GUI thread and never touches widgets:
- transfers (probe, send, enrol, USB) run on the task helper's network pool (`run_net`),
  store reads and automatic sealing on the serial database thread (`run_db`);
- results and progress come back as queued signals on the GUI thread;
- a probe runs every `probe_s` seconds, doubling up to `max_probe_s` while offline (a
  captive portal counts as offline); when the server is reachable and batches wait,
  sending starts by itself (with no probe first when the server answered last time:
  the upload's first request is the probe); a "Send now" also tries batches still in
  their backoff;
- pause and resume flip the run's SyncControl, which the runner checks between chunks.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from marika.core import annotation as ann

log = logging.getLogger(__name__)

IDLE, CHECKING, SENDING, PAUSED = "idle", "checking", "sending", "paused"
STATEMENTS_EVERY_S = 3600.0  # even with nothing to send, fetch new statements hourly
BUSY_RETRY_S = 5.0


def status_line(status, *, state: str, online: bool | None) -> str:
    """One short sentence about sending, for the home and sync screens."""
    if status is None:
        return ""
    if not status.enrolled:
        return QCoreApplication.translate(
            "Sync", "Sending is not set up for this profile yet (Send and receive screen).")
    if state == SENDING:
        return QCoreApplication.translate("Sync", "Sending…")
    if state == PAUSED:
        return QCoreApplication.translate(
            "Sync", "Sending is paused: %n batch(es) waiting.", "", status.pending)
    if status.pending == 0 and not status.delivered:
        return QCoreApplication.translate("Sync", "Nothing submitted yet.")
    if status.pending == 0:
        return QCoreApplication.translate("Sync", "All delivered.")
    if online is False:
        return QCoreApplication.translate(
            "Sync", "Offline: %n batch(es) waiting.", "", status.pending)
    return QCoreApplication.translate(
        "Sync", "%n batch(es) waiting to be sent.", "", status.pending)


class SyncWorker(QObject):
    statusChanged = Signal(object)  # noqa: N815 - SyncStatus
    lineChanged = Signal(str)  # noqa: N815 - status_line(), translated
    stateChanged = Signal(str)  # noqa: N815 - IDLE, CHECKING, SENDING, PAUSED
    progressed = Signal(object)  # noqa: N815 - TransferProgress of the run
    sendFinished = Signal(object)  # noqa: N815 - SendResult
    sendFailed = Signal(object)  # noqa: N815 - the exception (e.g. not enrolled)
    enrolled = Signal(object)  # noqa: N815 - SyncStatus
    enrollFailed = Signal(object)  # noqa: N815
    # "export" (a count), "import" (UsbImport) or "enrol" (None)
    usbFinished = Signal(str, object)  # noqa: N815
    usbFailed = Signal(object)  # noqa: N815
    sealed = Signal(object)  # noqa: N815 - SealResult of automatic sealing

    def __init__(self, tasks, parent: QObject | None = None, *, probe_s: float = 60.0,
                 max_probe_s: float = 300.0, seal_check_s: float = 30.0) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.config = None  # a marika_sync ClientConfig for the next session (tests)
        self.probe_s, self.max_probe_s, self.seal_check_s = probe_s, max_probe_s, seal_check_s
        self.facade = None
        self.status = None
        self.state = IDLE
        self.online: bool | None = None
        self.last_result = None
        self._control = None
        self._interval = probe_s
        self._last_sync = 0.0
        self._last_seal_check = 0.0
        self._sealing = False
        self._generation = 0  # bumps at each log-in/out: late answers of an old session drop
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)

    # ---------------------------------------------------------------- session
    def start_for(self, workspace) -> None:
        """After an annotator logs in: bind to their sync, seal what is due, then probe."""
        self.stop()
        generation = self._generation
        config = self.config

        def bind():
            facade = workspace.sync(config=config)
            try:
                facade.seal_due()  # the age rule also covers work left from yesterday
            except Exception as exc:  # noqa: BLE001 - automatic: the work stays open
                log.warning("automatic sealing failed: %s", exc)
            return facade, facade.status()

        self.tasks.run_db(bind, on_done=lambda r: self._bound(generation, *r),
                          on_error=lambda exc: log.warning("sync not started: %s", exc),
                          owner=self)

    def _bound(self, generation: int, facade, status) -> None:
        if generation != self._generation:
            return
        self.facade = facade
        self._interval = self.probe_s
        self._set_status(status)
        self._timer.start(0)

    def stop(self) -> None:
        """Log-out or closing: cancel a run (it stops within one chunk), stop probing."""
        self._generation += 1
        self._timer.stop()
        if self._control is not None:
            self._control.cancel()
        self._control = None
        self.facade = self.status = self.online = self.last_result = None
        self._sealing = False
        self._set_state(IDLE)

    @property
    def busy(self) -> bool:
        return self.state != IDLE

    # ---------------------------------------------------------------- reading
    def refresh(self) -> None:
        facade, generation = self.facade, self._generation
        if facade is None:
            return
        self.tasks.run_db(facade.status, on_done=lambda s: self._fresh(generation, s),
                          owner=self)

    def _fresh(self, generation: int, status) -> None:
        if generation != self._generation:
            return
        before = self.status.pending if self.status is not None else 0
        self._set_status(status)
        if status.enrolled and status.pending > before and not self.busy:
            self._timer.start(0)  # a new batch (a submit): send it now if the server is there

    def _set_status(self, status) -> None:
        self.status = status
        self.statusChanged.emit(status)
        self.emit_line()

    def emit_line(self) -> None:
        self.lineChanged.emit(status_line(self.status, state=self.state, online=self.online))

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)
            self.emit_line()

    # ---------------------------------------------------------------- probing
    def _schedule(self, seconds: float | None = None) -> None:
        if self.facade is not None:
            self._timer.start(int(1000 * (self._interval if seconds is None else seconds)))

    def check_now(self) -> None:
        """Probe the server; start sending by itself when it answers and work waits (at
        once, without a probe, when it answered last time)."""
        facade, generation = self.facade, self._generation
        if facade is None:
            return
        if self.busy:
            self._schedule()
            return
        if self.online is True and self.status is not None and self.status.due:
            # The server answered last time and batches are due: send now, as the probe's
            # answer would have decided. The upload's first request tells whether the
            # server is still there (silence or a portal before any answer counts as
            # offline, as for the probe), so a probe first is one round trip for nothing.
            self._send(include_waiting=False)
            return
        self._set_state(CHECKING)
        self.tasks.run_net(facade.check, on_done=lambda s: self._checked(generation, s),
                           on_error=lambda exc: self._check_failed(generation, exc),
                           owner=self)

    def _check_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            log.warning("sync check failed: %s", exc)
            self._set_state(IDLE)
            self._schedule()

    def _checked(self, generation: int, status) -> None:
        if generation != self._generation:
            return
        was_online = self.online
        self.online = status.online
        if self.state != CHECKING:  # "Send now" started meanwhile; its end reschedules
            self._set_status(status)
            return
        self._set_state(IDLE)
        self._set_status(status)
        if not status.enrolled:
            self._schedule(self.max_probe_s)
            return
        if not status.online:
            self._interval = min(self._interval * 2, self.max_probe_s)
            self._schedule()
            return
        self._interval = self.probe_s
        came_back = was_online is not True
        stale = time.time() - self._last_sync >= STATEMENTS_EVERY_S
        if (status.pending and (came_back or status.due)) or stale:
            # The link is back: try every waiting batch once, whatever its backoff says.
            self._send(include_waiting=came_back)
        else:
            self._schedule()

    # ---------------------------------------------------------------- sending
    def send_now(self) -> None:
        if self.facade is not None and self.state in (IDLE, CHECKING):
            self._send(include_waiting=True)

    def pause(self) -> None:
        if self.state == SENDING and self._control is not None:
            self._control.pause()
            self._set_state(PAUSED)

    def resume(self) -> None:
        if self.state == PAUSED and self._control is not None:
            self._control.resume()
            self._set_state(SENDING)

    def _send(self, *, include_waiting: bool) -> None:
        from marika_sync.control import SyncControl

        facade, generation = self.facade, self._generation
        control = self._control = SyncControl()
        self._timer.stop()
        self._set_state(SENDING)

        def send(task):
            def emit(progress) -> None:  # throttled by the task; a batch's end always shows
                task.report(progress, final=progress.phase != "upload" or progress.left == 0)

            return facade.send(progress=emit, control=control, include_waiting=include_waiting)

        self.tasks.run_net(send, pass_task=True,
                           on_progress=lambda p: self._progress(generation, p),
                           on_done=lambda r: self._sent(generation, r),
                           on_error=lambda exc: self._send_failed(generation, exc), owner=self)

    def _progress(self, generation: int, progress) -> None:
        if generation == self._generation:
            self.progressed.emit(progress)

    def _sent(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        self._control = None
        self.last_result = result
        self.online = result.online
        if result.online and not result.busy:
            self._last_sync = time.time()
        self._set_state(IDLE)
        self.sendFinished.emit(result)
        self.refresh()
        if result.busy:
            self._schedule(BUSY_RETRY_S)
        elif not result.online:
            self._interval = min(self._interval * 2, self.max_probe_s)
            self._schedule()
        else:
            self._schedule()

    def _send_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._control = None
        self._set_state(IDLE)
        self.sendFailed.emit(exc)
        self.refresh()
        self._schedule()

    # ---------------------------------------------------------------- enrolling and USB
    def enroll(self, code: str) -> None:
        facade, generation = self.facade, self._generation
        if facade is None:
            return

        def done(status) -> None:
            if generation == self._generation:
                self._set_status(status)
                self.enrolled.emit(status)
                self._timer.start(0)  # probe and send what waits

        self.tasks.run_net(lambda: facade.enroll(code), on_done=done,
                           on_error=lambda exc: self._if_current(
                               generation, self.enrollFailed, exc), owner=self)

    def export_usb(self, folder: str) -> None:
        self._usb("export", lambda facade: facade.export_for_usb(folder))

    def import_usb(self, folder: str) -> None:
        self._usb("import", lambda facade: facade.import_from_usb(folder))

    def enroll_by_usb(self, folder: str, code: str) -> None:
        self._usb("enrol", lambda facade: facade.enroll_by_usb(folder, code))

    def _usb(self, kind: str, call) -> None:
        facade, generation = self.facade, self._generation
        if facade is None:
            return

        def done(result) -> None:
            if generation == self._generation:
                self.usbFinished.emit(kind, result)
                self.refresh()
                if getattr(result, "enrolled", False):
                    self._timer.start(0)  # connected by stick: the server may be there too

        self.tasks.run_net(lambda: call(facade), on_done=done,
                           on_error=lambda exc: self._if_current(generation, self.usbFailed,
                                                                 exc), owner=self)

    def _if_current(self, generation: int, signal, exc: BaseException) -> None:
        if generation == self._generation:
            signal.emit(exc)

    # ---------------------------------------------------------------- automatic sealing
    def note_saved(self, record, *, on_screen_item_pk: int | None) -> None:
        """After a save: seal what the office's rules say is due (at most every
        seal_check_s seconds), never the item on screen nor the one just saved (the
        screen moves on before the save of the item left has committed: it stays open
        for a correction until the next check)."""
        facade, generation = self.facade, self._generation
        if facade is None or record is None or record.status not in (ann.DONE, ann.SKIPPED):
            return
        now = time.monotonic()
        if self._sealing or now - self._last_seal_check < self.seal_check_s:
            return
        self._sealing, self._last_seal_check = True, now
        keep = {record.item_pk} | ({on_screen_item_pk} if on_screen_item_pk is not None
                                   else set())

        def done(result) -> None:
            if generation != self._generation:
                return
            self._sealing = False
            if result.batches:
                self.sealed.emit(result)
                self.refresh()
                if not self.busy:
                    self._timer.start(0)  # send it now if the server is there

        def failed(exc: BaseException) -> None:
            # Automatic: the work stays intact and open; the next save tries again.
            log.warning("automatic sealing failed: %s", exc)
            if generation == self._generation:
                self._sealing = False

        self.tasks.run_db(lambda: facade.seal_due(leave_open=keep), on_done=done,
                          on_error=failed, owner=self)
