# Leichte Sprache: Allgemeines. Kurze Sätze, ein Gedanke pro Satz, lange Wörter mit Medio·punkt.
app-name = Teilhabe Norderstedt
app-skip-link = Zum Inhalt springen
app-title-suffix = Teilhabe Norderstedt
app-footer-text = Diese Seite ist von der Stadt Norderstedt. Die Kurse sind kostenlos.
app-back = Zurück
app-continue = Weiter
app-loading = Bitte warten. Die Seite lädt.
app-error-title-prefix = Fehler
app-error-summary-title = Da stimmt etwas nicht
app-error-network = Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.
app-not-found-title = Diese Seite finden wir nicht
app-not-found-text = Vielleicht ist der Link alt. Oder der Link ist falsch geschrieben.
app-not-found-home = Zur Start·seite

app-read-aloud = Vorlesen
app-footer-nav-label = Weitere Seiten

settings-open = Einstellungen
settings-title = Sprache und Aussehen
settings-language = Sprache
settings-text-size = Schrift·größe
settings-text-normal = Normal
settings-text-large = Groß
settings-text-largest = Sehr groß
settings-display = Aussehen
settings-contrast = Starker Kontrast
settings-motion = Weniger Bewegung
settings-close = Fertig

help-title = Hilfe am Telefon oder im Rathaus
help-intro = Sie möchten mit einem Menschen sprechen? Das Programm·büro hilft Ihnen gern. Wir melden Sie auch für einen Kurs an.
help-phone-label = Telefon
help-phone-number = 040 535 95-0
help-email-label = E-Mail
help-email-address = teilhabe@norderstedt.de
help-hours-label = Zeiten
help-hours = Montag bis Freitag von 9 Uhr bis 12 Uhr. Donnerstag auch von 14 Uhr bis 17 Uhr.
help-place-label = Im Rathaus
help-place = Rathaus Norderstedt, Rathausallee 50. Das Bürger·büro ist im Erd·geschoss.

problem-not-found = Das finden wir leider nicht.
problem-session-not-found = Diesen Kurs finden wir nicht.
problem-session-exists = Diesen Kurs gibt es schon.
problem-session-invalid = Die Angaben zum Kurs passen nicht zusammen.
problem-registration-closed = Der Kurs hat schon angefangen. Jetzt ist die Anmeldung vorbei.
problem-waitlist-full = Die Warte·liste für diesen Kurs ist voll. Schreiben Sie sich auf die Interessen·liste. Dann sagen wir Ihnen Bescheid, wenn es einen neuen Kurs gibt.
problem-booking-code-taken = Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.
problem-booking-not-found = Zu diesem Code finden wir keine Buchung. Bitte prüfen Sie den Code.
problem-booking-already-cancelled = Diese Buchung ist schon abgesagt.
problem-invalid-input = Bitte prüfen Sie Ihre Angaben.
problem-idempotency-key-reused = Diese Anfrage war schon einmal da. Mit anderen Angaben. Bitte laden Sie die Seite neu.
problem-invalid-json = Wir können die Anfrage nicht lesen.
problem-json-expected = Die Anfrage muss JSON sein. JSON ist ein Format für Daten.
problem-bad-body = Wir können die Anfrage nicht lesen.
problem-method-not-allowed = Das geht hier leider nicht.
problem-conflict = Gerade buchen viele Menschen gleichzeitig. Bitte versuchen Sie es noch einmal.
problem-internal = Bei uns ist ein Fehler passiert. Bitte versuchen Sie es später noch einmal. Oder rufen Sie uns an.
problem-unavailable = Wir können gerade nichts speichern. Bitte warten Sie kurz. Dann versuchen Sie es noch einmal.
problem-feedback-not-yet = Der Kurs ist noch nicht vorbei. Nach dem Kurs können Sie uns hier sagen: So war der Kurs.
problem-feedback-not-possible = Zu dieser Buchung gab es keinen Platz im Kurs. Darum können Sie hier nichts zum Kurs sagen.
problem-feedback-given = Sie haben uns schon gesagt: So war der Kurs. Vielen Dank!

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
date-time-range = von { $start } Uhr bis { $end } Uhr

# A course the office called off (shown on the booking and as an API problem).
problem-session-cancelled = Dieser Kurs ist abgesagt.

# Shown where a person's data was erased (their key deleted).
personal-data-erased = gelöscht
