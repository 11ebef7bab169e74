"""The control bar under a video: play/pause, ±10 s, seek slider with times, speed, volume, subtitles, full screen."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SPEEDS = (0.75, 1.0, 1.25, 1.5, 2.0)
SKIP_SECONDS = 10.0


def format_clock(seconds: float) -> str:
    """m:ss under an hour, h:mm:ss above; negative or unknown times show as 0:00."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class VideoControls(QWidget):
    """Widgets only; the view connects their signals. Times are in seconds."""

    seekRequested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dragging = False
        self.play_button = self._button("play", icon_only=True)
        self.back_button = self._button("back")
        self.forward_button = self._button("forward")
        self.position_label = QLabel(format_clock(0), self)
        self.duration_label = QLabel(format_clock(0), self)
        self.seek_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.seek_slider.setRange(0, 0)
        self.seek_slider.setSingleStep(round(SKIP_SECONDS * 1000))
        self.seek_slider.setPageStep(60_000)
        self.speed_combo = QComboBox(self)
        self.mute_button = self._button("mute", checkable=True, icon_only=True)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(100)
        self.volume_slider.setMinimumWidth(48)
        self.volume_slider.setMaximumWidth(110)
        self.subtitles_button = self._button("subtitles", checkable=True)
        self.full_screen_button = self._button("full_screen", checkable=True)
        self._lay_out()
        self.seek_slider.sliderPressed.connect(self._on_slider_pressed)
        self.seek_slider.sliderReleased.connect(self._on_slider_released)
        self.seek_slider.actionTriggered.connect(self._on_slider_action)
        self.retranslate()

    def _button(self, name: str, checkable: bool = False, icon_only: bool = False) -> QToolButton:
        """Play and mute show a standard icon only (their names are in the tooltip and accessible name);
        the others show short text."""
        button = QToolButton(self)
        button.setObjectName(name)
        button.setCheckable(checkable)
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if icon_only else Qt.ToolButtonStyle.ToolButtonTextOnly
        button.setToolButtonStyle(style)
        return button

    def _lay_out(self) -> None:
        """The seek row above, the buttons below: the slider keeps its width however many buttons fit."""
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 2, 6, 4)
        column.setSpacing(2)
        seek_row = QHBoxLayout()
        seek_row.addWidget(self.position_label)
        seek_row.addWidget(self.seek_slider, 1)
        seek_row.addWidget(self.duration_label)
        button_row = QHBoxLayout()
        for button in (self.play_button, self.back_button, self.forward_button):
            button_row.addWidget(button)
        button_row.addStretch(1)
        for widget in (
            self.speed_combo,
            self.mute_button,
            self.volume_slider,
            self.subtitles_button,
            self.full_screen_button,
        ):
            button_row.addWidget(widget)
        column.addLayout(seek_row)
        column.addLayout(button_row)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("−10 s"))
        self.back_button.setAccessibleName(self.tr("Back 10 seconds"))
        self.back_button.setToolTip(self.tr("Back 10 seconds (Left arrow)"))
        self.forward_button.setText(self.tr("+10 s"))
        self.forward_button.setAccessibleName(self.tr("Forward 10 seconds"))
        self.forward_button.setToolTip(self.tr("Forward 10 seconds (Right arrow)"))
        self.seek_slider.setAccessibleName(self.tr("Position in the video"))
        self.position_label.setAccessibleName(self.tr("Time played"))
        self.duration_label.setAccessibleName(self.tr("Length of the video"))
        self.speed_combo.setAccessibleName(self.tr("Playback speed"))
        self.speed_combo.setToolTip(self.tr("Playback speed"))
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.subtitles_button.setText(self.tr("Subtitles"))
        self.subtitles_button.setAccessibleName(self.tr("Show subtitles"))
        self.subtitles_button.setToolTip(self.tr("Show or hide subtitles"))
        self._fill_speeds()
        self.set_playing(False)
        self.set_muted(self.mute_button.isChecked())
        self.set_full_screen(self.full_screen_button.isChecked())

    def _fill_speeds(self) -> None:
        current = self.speed_combo.currentIndex()
        self.speed_combo.blockSignals(True)
        self.speed_combo.clear()
        for speed in SPEEDS:
            number = QLocale().toString(speed, "g", 3)
            self.speed_combo.addItem(self.tr("{speed}×").format(speed=number), speed)
        self.speed_combo.setCurrentIndex(current if current >= 0 else SPEEDS.index(1.0))
        self.speed_combo.blockSignals(False)

    def set_playing(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        text = self.tr("Pause") if playing else self.tr("Play")
        self.play_button.setText(text)
        self.play_button.setAccessibleName(text)
        self.play_button.setToolTip(self.tr("{action} (Space)").format(action=text))

    def set_muted(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)
        icon = QStyle.StandardPixmap.SP_MediaVolumeMuted if muted else QStyle.StandardPixmap.SP_MediaVolume
        self.mute_button.setIcon(self.style().standardIcon(icon))
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))
        self.mute_button.setAccessibleName(self.tr("Mute"))
        self.mute_button.setToolTip(self.tr("Mute or unmute (M)"))

    def set_full_screen(self, full: bool) -> None:
        self.full_screen_button.setChecked(full)
        self.full_screen_button.setText(self.tr("Exit full screen") if full else self.tr("Full screen"))
        self.full_screen_button.setAccessibleName(self.tr("Full screen"))
        self.full_screen_button.setToolTip(self.tr("Full screen (F, Esc to leave)"))

    def set_duration(self, seconds: float) -> None:
        self.seek_slider.setRange(0, max(0, round(seconds * 1000)))
        self.duration_label.setText(format_clock(seconds))

    def set_position(self, seconds: float) -> None:
        self.position_label.setText(format_clock(seconds))
        if not self._dragging:
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(round(seconds * 1000))
            self.seek_slider.blockSignals(False)

    def current_speed(self) -> float:
        data = self.speed_combo.currentData()
        return float(data) if data is not None else 1.0

    def _on_slider_pressed(self) -> None:
        self._dragging = True

    def _on_slider_released(self) -> None:
        self._dragging = False
        self.seekRequested.emit(self.seek_slider.sliderPosition() / 1000.0)

    def _on_slider_action(self, action: int) -> None:
        # Keyboard, wheel and page clicks: sliderPosition already holds the target (value not yet set).
        if action != QSlider.SliderAction.SliderMove.value and not self._dragging:
            self.seekRequested.emit(self.seek_slider.sliderPosition() / 1000.0)
