# Allgemeines: Kopf, Fuß, Einstellungen, Fehlerseiten.
app-name = Teilhabe Norderstedt
app-skip-link = Zum Inhalt springen
app-title-suffix = Teilhabe Norderstedt
app-footer-text = Ein Angebot der Stadt Norderstedt. Die Kurse sind kostenlos.
app-back = Zurück
app-continue = Weiter
app-loading = Wird geladen …
app-error-title-prefix = Fehler
app-error-summary-title = Es gibt ein Problem
app-error-network = Die Verbindung hat nicht geklappt. Bitte versuchen Sie es noch einmal.
app-not-found-title = Diese Seite gibt es nicht
app-not-found-text = Vielleicht ist der Link alt oder falsch geschrieben.
app-not-found-home = Zur Startseite

app-read-aloud = Vorlesen
app-footer-nav-label = Weitere Seiten

settings-open = Einstellungen
settings-title = Sprache und Darstellung
settings-language = Sprache
settings-text-size = Schriftgröße
settings-text-normal = Normal
settings-text-large = Groß
settings-text-largest = Sehr groß
settings-display = Darstellung
settings-contrast = Starker Kontrast
settings-motion = Weniger Bewegung
settings-close = Fertig

help-title = Hilfe am Telefon oder vor Ort
help-intro = Sie möchten lieber mit einem Menschen sprechen? Das Programmbüro hilft Ihnen gern. Wir melden Sie auch für einen Kurs an.
help-phone-label = Telefon
help-phone-number = 040 535 95-0
help-email-label = E-Mail
help-email-address = teilhabe@norderstedt.de
help-hours-label = Sprechzeiten
help-hours = Montag bis Freitag, 9 bis 12 Uhr, Donnerstag auch 14 bis 17 Uhr
help-place-label = Vor Ort
help-place = Rathaus Norderstedt, Rathausallee 50, Bürgerbüro im Erdgeschoss

problem-not-found = Das haben wir nicht gefunden.
problem-session-not-found = Diesen Kurs gibt es nicht.
problem-session-exists = Diesen Kurs gibt es schon.
problem-session-invalid = Die Angaben zum Kurs passen nicht zusammen.
problem-registration-closed = Für diesen Kurs kann man sich nicht mehr anmelden. Er hat schon angefangen.
problem-waitlist-full = Die Warteliste für diesen Kurs ist voll. Tragen Sie sich in die Interessenliste ein: Wir sagen Ihnen Bescheid, wenn es einen neuen Kurs gibt.
problem-booking-code-taken = Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.
problem-booking-not-found = Zu diesem Code gibt es keine Buchung. Bitte prüfen Sie den Code.
problem-booking-already-cancelled = Diese Buchung ist schon abgesagt.
problem-invalid-input = Bitte prüfen Sie Ihre Angaben.
problem-idempotency-key-reused = Diese Anfrage wurde schon einmal mit anderen Angaben gesendet. Bitte laden Sie die Seite neu.
problem-invalid-json = Die Anfrage war nicht lesbar.
problem-json-expected = Die Anfrage muss JSON sein.
problem-bad-body = Die Anfrage war nicht lesbar.
problem-method-not-allowed = Das geht an dieser Stelle nicht.
problem-conflict = Gerade haben viele gleichzeitig gebucht. Bitte versuchen Sie es noch einmal.
problem-internal = Bei uns ist ein Fehler passiert. Bitte versuchen Sie es später noch einmal oder rufen Sie uns an.
problem-unavailable = Wir können gerade nichts speichern. Bitte versuchen Sie es in ein paar Sekunden noch einmal.
problem-feedback-not-yet = Der Kurs ist noch nicht vorbei. Nach dem Kurs können Sie uns hier sagen, wie er war.
problem-feedback-not-possible = Zu dieser Buchung können Sie nichts zum Kurs sagen: Sie hatten beim Kurs keinen Platz.
problem-feedback-given = Sie haben uns schon gesagt, wie der Kurs war. Vielen Dank!

date-weekday-1 = Montag
date-weekday-2 = Dienstag
date-weekday-3 = Mittwoch
date-weekday-4 = Donnerstag
date-weekday-5 = Freitag
date-weekday-6 = Samstag
date-weekday-7 = Sonntag
date-month-1 = Januar
date-month-2 = Februar
date-month-3 = März
date-month-4 = April
date-month-5 = Mai
date-month-6 = Juni
date-month-7 = Juli
date-month-8 = August
date-month-9 = September
date-month-10 = Oktober
date-month-11 = November
date-month-12 = Dezember
date-long = { $weekday }, { $day }. { $month }
date-time-range = { $start } bis { $end } Uhr

# A course the office called off (shown on the booking and as an API problem).
problem-session-cancelled = Dieser Kurs ist abgesagt.

# Shown where a person's data was erased (their key deleted).
personal-data-erased = gelöscht
